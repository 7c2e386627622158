#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod strings {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod text {
                /// The functions of the exported interface `test:strings/text`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::std::string::String,
                    >,
                    concat: ::canon_host::TypedFunc<
                        (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        ),
                        ::std::string::String,
                    >,
                    len_utf8: ::canon_host::TypedFunc<(::std::string::String,), u32>,
                    repeat: ::canon_host::TypedFunc<
                        (::std::string::String, u32),
                        ::std::string::String,
                    >,
                    split_at: ::canon_host::TypedFunc<
                        (::std::string::String, u32),
                        (::std::string::String, ::std::string::String),
                    >,
                    maybe_string: ::canon_host::TypedFunc<
                        (::core::option::Option<::std::string::String>,),
                        ::core::option::Option<::std::string::String>,
                    >,
                    strings: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::string::String>,),
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    chars: ::canon_host::TypedFunc<
                        (::std::vec::Vec<char>,),
                        ::std::vec::Vec<char>,
                    >,
                    char_and_string: ::canon_host::TypedFunc<
                        (char, ::std::string::String),
                        (char, ::std::string::String),
                    >,
                    first_char: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::core::option::Option<char>,
                    >,
                    from_chars: ::canon_host::TypedFunc<
                        (::std::vec::Vec<char>,),
                        ::std::string::String,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:strings/text")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:strings/text`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo: exports
                                .get_func("echo")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `echo`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `echo`", e
                                    ),
                                ))?,
                            concat: exports
                                .get_func("concat")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `concat`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                    ),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `concat`",
                                        e
                                    ),
                                ))?,
                            len_utf8: exports
                                .get_func("len-utf8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `len-utf8`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `len-utf8`",
                                        e
                                    ),
                                ))?,
                            repeat: exports
                                .get_func("repeat")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `repeat`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String, u32),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `repeat`",
                                        e
                                    ),
                                ))?,
                            split_at: exports
                                .get_func("split-at")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `split-at`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String, u32),
                                    (::std::string::String, ::std::string::String),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `split-at`",
                                        e
                                    ),
                                ))?,
                            maybe_string: exports
                                .get_func("maybe-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `maybe-string`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<::std::string::String>,),
                                    ::core::option::Option<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `maybe-string`",
                                        e
                                    ),
                                ))?,
                            strings: exports
                                .get_func("strings")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `strings`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::string::String>,),
                                    ::std::vec::Vec<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `strings`",
                                        e
                                    ),
                                ))?,
                            chars: exports
                                .get_func("chars")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `chars`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<char>,), ::std::vec::Vec<char>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `chars`",
                                        e
                                    ),
                                ))?,
                            char_and_string: exports
                                .get_func("char-and-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `char-and-string`"
                                        .into(),
                                ))?
                                .typed::<
                                    (char, ::std::string::String),
                                    (char, ::std::string::String),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `char-and-string`",
                                        e
                                    ),
                                ))?,
                            first_char: exports
                                .get_func("first-char")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `first-char`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::core::option::Option<char>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `first-char`",
                                        e
                                    ),
                                ))?,
                            from_chars: exports
                                .get_func("from-chars")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:strings/text` has no function `from-chars`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<char>,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:strings/text`, function `from-chars`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.echo.call(store, (s,))
                    }
                    pub fn call_concat<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::std::string::String,
                        b: ::std::string::String,
                        c: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.concat.call(store, (a, b, c))
                    }
                    pub fn call_len_utf8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<u32> {
                        self.len_utf8.call(store, (s,))
                    }
                    pub fn call_repeat<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                        times: u32,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.repeat.call(store, (s, times))
                    }
                    pub fn call_split_at<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                        at: u32,
                    ) -> ::canon_host::Result<
                        (::std::string::String, ::std::string::String),
                    > {
                        self.split_at.call(store, (s, at))
                    }
                    pub fn call_maybe_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::core::option::Option<::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::string::String>,
                    > {
                        self.maybe_string.call(store, (s,))
                    }
                    pub fn call_strings<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::vec::Vec<::std::string::String>,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::string::String>> {
                        self.strings.call(store, (s,))
                    }
                    pub fn call_chars<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: ::std::vec::Vec<char>,
                    ) -> ::canon_host::Result<::std::vec::Vec<char>> {
                        self.chars.call(store, (c,))
                    }
                    pub fn call_char_and_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: char,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<(char, ::std::string::String)> {
                        self.char_and_string.call(store, (c, s))
                    }
                    pub fn call_first_char<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<::core::option::Option<char>> {
                        self.first_char.call(store, (s,))
                    }
                    pub fn call_from_chars<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: ::std::vec::Vec<char>,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.from_chars.call(store, (c,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod strings {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod text {
            pub trait Host {
                fn echo(&mut self, s: ::std::string::String) -> ::std::string::String;
                fn concat(
                    &mut self,
                    a: ::std::string::String,
                    b: ::std::string::String,
                    c: ::std::string::String,
                ) -> ::std::string::String;
                fn len_utf8(&mut self, s: ::std::string::String) -> u32;
                fn repeat(
                    &mut self,
                    s: ::std::string::String,
                    times: u32,
                ) -> ::std::string::String;
                fn split_at(
                    &mut self,
                    s: ::std::string::String,
                    at: u32,
                ) -> (::std::string::String, ::std::string::String);
                fn maybe_string(
                    &mut self,
                    s: ::core::option::Option<::std::string::String>,
                ) -> ::core::option::Option<::std::string::String>;
                fn strings(
                    &mut self,
                    s: ::std::vec::Vec<::std::string::String>,
                ) -> ::std::vec::Vec<::std::string::String>;
                fn chars(&mut self, c: ::std::vec::Vec<char>) -> ::std::vec::Vec<char>;
                fn char_and_string(
                    &mut self,
                    c: char,
                    s: ::std::string::String,
                ) -> (char, ::std::string::String);
                fn first_char(
                    &mut self,
                    s: ::std::string::String,
                ) -> ::core::option::Option<char>;
                fn from_chars(
                    &mut self,
                    c: ::std::vec::Vec<char>,
                ) -> ::std::string::String;
            }
            /// Defines the functions of `test:strings/text` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:strings/text")?;
                inst.func_wrap(
                    "echo",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo(host, s))
                    },
                )?;
                inst.func_wrap(
                    "concat",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                            c,
                        ): (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::concat(host, a, b, c))
                    },
                )?;
                inst.func_wrap(
                    "len-utf8",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::len_utf8(host, s))
                    },
                )?;
                inst.func_wrap(
                    "repeat",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s, times): (::std::string::String, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::repeat(host, s, times))
                    },
                )?;
                inst.func_wrap(
                    "split-at",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s, at): (::std::string::String, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::split_at(host, s, at))
                    },
                )?;
                inst.func_wrap(
                    "maybe-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::core::option::Option<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_string(host, s))
                    },
                )?;
                inst.func_wrap(
                    "strings",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::vec::Vec<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::strings(host, s))
                    },
                )?;
                inst.func_wrap(
                    "chars",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (c,): (::std::vec::Vec<char>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::chars(host, c))
                    },
                )?;
                inst.func_wrap(
                    "char-and-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (c, s): (char, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::char_and_string(host, c, s))
                    },
                )?;
                inst.func_wrap(
                    "first-char",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::first_char(host, s))
                    },
                )?;
                inst.func_wrap(
                    "from-chars",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (c,): (::std::vec::Vec<char>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::from_chars(host, c))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `strings`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Strings {
    instance: ::canon_host::Instance,
    test_strings_text: exports::test::strings::text::Guest,
}
impl Strings {
    /// Instantiates `component` with `linker` and checks its exports.
    pub fn instantiate<T: Send + 'static>(
        store: &mut ::canon_host::Store<T>,
        component: &::canon_host::Component,
        linker: &::canon_host::Linker<T>,
    ) -> ::canon_host::Result<Self> {
        let instance = linker.instantiate(store, component)?;
        Self::new(&instance)
    }
    /// The world's exports of an instance, with their types checked.
    pub fn new(instance: &::canon_host::Instance) -> ::canon_host::Result<Self> {
        #[allow(unused_variables)]
        let exports = instance;
        Ok(Self {
            instance: instance.clone(),
            test_strings_text: exports::test::strings::text::Guest::new(instance)?,
        })
    }
    /// The component instance.
    pub fn instance(&self) -> &::canon_host::Instance {
        &self.instance
    }
    /// Defines everything the world imports in `linker`, implemented by the host that `get` finds in the store's data.
    pub fn add_to_linker<T, U>(
        linker: &mut ::canon_host::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::canon_host::Result<()>
    where
        T: Send + 'static,
        U: test::strings::text::Host + 'static,
    {
        test::strings::text::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:strings/text`.
    pub fn test_strings_text(&self) -> &exports::test::strings::text::Guest {
        &self.test_strings_text
    }
}
