#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod options {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod options_api {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Pair {
                    pub a: ::core::option::Option<u32>,
                    pub b: ::core::option::Option<::std::string::String>,
                }
                /// The functions of the exported interface `test:options/options-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    opt_u8: ::canon_host::TypedFunc<
                        (::core::option::Option<u8>,),
                        ::core::option::Option<u8>,
                    >,
                    opt_u64: ::canon_host::TypedFunc<
                        (::core::option::Option<u64>,),
                        ::core::option::Option<u64>,
                    >,
                    opt_f32: ::canon_host::TypedFunc<
                        (::core::option::Option<f32>,),
                        ::core::option::Option<f32>,
                    >,
                    opt_f64: ::canon_host::TypedFunc<
                        (::core::option::Option<f64>,),
                        ::core::option::Option<f64>,
                    >,
                    opt_bool: ::canon_host::TypedFunc<
                        (::core::option::Option<bool>,),
                        ::core::option::Option<bool>,
                    >,
                    opt_char: ::canon_host::TypedFunc<
                        (::core::option::Option<char>,),
                        ::core::option::Option<char>,
                    >,
                    opt_string: ::canon_host::TypedFunc<
                        (::core::option::Option<::std::string::String>,),
                        ::core::option::Option<::std::string::String>,
                    >,
                    opt_list: ::canon_host::TypedFunc<
                        (::core::option::Option<::std::vec::Vec<u32>>,),
                        ::core::option::Option<::std::vec::Vec<u32>>,
                    >,
                    opt_pair: ::canon_host::TypedFunc<
                        (::core::option::Option<Pair>,),
                        ::core::option::Option<Pair>,
                    >,
                    opt_opt: ::canon_host::TypedFunc<
                        (::core::option::Option<::core::option::Option<u8>>,),
                        ::core::option::Option<::core::option::Option<u8>>,
                    >,
                    opt_opt_opt: ::canon_host::TypedFunc<
                        (
                            ::core::option::Option<
                                ::core::option::Option<
                                    ::core::option::Option<::std::string::String>,
                                >,
                            >,
                        ),
                        ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::std::string::String>,
                            >,
                        >,
                    >,
                    opt_result: ::canon_host::TypedFunc<
                        (
                            ::core::option::Option<
                                ::core::result::Result<u32, ::std::string::String>,
                            >,
                        ),
                        ::core::option::Option<
                            ::core::result::Result<u32, ::std::string::String>,
                        >,
                    >,
                    opt_tuple: ::canon_host::TypedFunc<
                        (::core::option::Option<(u8, f64)>,),
                        ::core::option::Option<(u8, f64)>,
                    >,
                    list_opt: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<
                                ::core::option::Option<::std::string::String>,
                            >,
                        ),
                        ::std::vec::Vec<::core::option::Option<::std::string::String>>,
                    >,
                    several: ::canon_host::TypedFunc<
                        (
                            ::core::option::Option<u8>,
                            ::core::option::Option<i64>,
                            ::core::option::Option<f32>,
                            ::core::option::Option<::std::string::String>,
                        ),
                        (
                            ::core::option::Option<u8>,
                            ::core::option::Option<i64>,
                            ::core::option::Option<f32>,
                            ::core::option::Option<::std::string::String>,
                        ),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:options/options-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:options/options-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            opt_u8: exports
                                .get_func("opt-u8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-u8`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<u8>,),
                                    ::core::option::Option<u8>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-u8`",
                                        e
                                    ),
                                ))?,
                            opt_u64: exports
                                .get_func("opt-u64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-u64`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<u64>,),
                                    ::core::option::Option<u64>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-u64`",
                                        e
                                    ),
                                ))?,
                            opt_f32: exports
                                .get_func("opt-f32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-f32`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<f32>,),
                                    ::core::option::Option<f32>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-f32`",
                                        e
                                    ),
                                ))?,
                            opt_f64: exports
                                .get_func("opt-f64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-f64`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<f64>,),
                                    ::core::option::Option<f64>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-f64`",
                                        e
                                    ),
                                ))?,
                            opt_bool: exports
                                .get_func("opt-bool")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-bool`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<bool>,),
                                    ::core::option::Option<bool>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-bool`",
                                        e
                                    ),
                                ))?,
                            opt_char: exports
                                .get_func("opt-char")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-char`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<char>,),
                                    ::core::option::Option<char>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-char`",
                                        e
                                    ),
                                ))?,
                            opt_string: exports
                                .get_func("opt-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-string`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<::std::string::String>,),
                                    ::core::option::Option<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-string`",
                                        e
                                    ),
                                ))?,
                            opt_list: exports
                                .get_func("opt-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-list`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<::std::vec::Vec<u32>>,),
                                    ::core::option::Option<::std::vec::Vec<u32>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-list`",
                                        e
                                    ),
                                ))?,
                            opt_pair: exports
                                .get_func("opt-pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-pair`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<Pair>,),
                                    ::core::option::Option<Pair>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-pair`",
                                        e
                                    ),
                                ))?,
                            opt_opt: exports
                                .get_func("opt-opt")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-opt`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<::core::option::Option<u8>>,),
                                    ::core::option::Option<::core::option::Option<u8>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-opt`",
                                        e
                                    ),
                                ))?,
                            opt_opt_opt: exports
                                .get_func("opt-opt-opt")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-opt-opt`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::option::Option<
                                            ::core::option::Option<
                                                ::core::option::Option<::std::string::String>,
                                            >,
                                        >,
                                    ),
                                    ::core::option::Option<
                                        ::core::option::Option<
                                            ::core::option::Option<::std::string::String>,
                                        >,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-opt-opt`",
                                        e
                                    ),
                                ))?,
                            opt_result: exports
                                .get_func("opt-result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-result`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::option::Option<
                                            ::core::result::Result<u32, ::std::string::String>,
                                        >,
                                    ),
                                    ::core::option::Option<
                                        ::core::result::Result<u32, ::std::string::String>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-result`",
                                        e
                                    ),
                                ))?,
                            opt_tuple: exports
                                .get_func("opt-tuple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `opt-tuple`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<(u8, f64)>,),
                                    ::core::option::Option<(u8, f64)>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `opt-tuple`",
                                        e
                                    ),
                                ))?,
                            list_opt: exports
                                .get_func("list-opt")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `list-opt`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<
                                            ::core::option::Option<::std::string::String>,
                                        >,
                                    ),
                                    ::std::vec::Vec<
                                        ::core::option::Option<::std::string::String>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `list-opt`",
                                        e
                                    ),
                                ))?,
                            several: exports
                                .get_func("several")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:options/options-api` has no function `several`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::option::Option<u8>,
                                        ::core::option::Option<i64>,
                                        ::core::option::Option<f32>,
                                        ::core::option::Option<::std::string::String>,
                                    ),
                                    (
                                        ::core::option::Option<u8>,
                                        ::core::option::Option<i64>,
                                        ::core::option::Option<f32>,
                                        ::core::option::Option<::std::string::String>,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:options/options-api`, function `several`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_opt_u8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<u8>,
                    ) -> ::canon_host::Result<::core::option::Option<u8>> {
                        self.opt_u8.call(store, (x,))
                    }
                    pub fn call_opt_u64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<u64>,
                    ) -> ::canon_host::Result<::core::option::Option<u64>> {
                        self.opt_u64.call(store, (x,))
                    }
                    pub fn call_opt_f32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<f32>,
                    ) -> ::canon_host::Result<::core::option::Option<f32>> {
                        self.opt_f32.call(store, (x,))
                    }
                    pub fn call_opt_f64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<f64>,
                    ) -> ::canon_host::Result<::core::option::Option<f64>> {
                        self.opt_f64.call(store, (x,))
                    }
                    pub fn call_opt_bool<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<bool>,
                    ) -> ::canon_host::Result<::core::option::Option<bool>> {
                        self.opt_bool.call(store, (x,))
                    }
                    pub fn call_opt_char<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<char>,
                    ) -> ::canon_host::Result<::core::option::Option<char>> {
                        self.opt_char.call(store, (x,))
                    }
                    pub fn call_opt_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::string::String>,
                    > {
                        self.opt_string.call(store, (x,))
                    }
                    pub fn call_opt_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<::std::vec::Vec<u32>>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::vec::Vec<u32>>,
                    > {
                        self.opt_list.call(store, (x,))
                    }
                    pub fn call_opt_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<Pair>,
                    ) -> ::canon_host::Result<::core::option::Option<Pair>> {
                        self.opt_pair.call(store, (x,))
                    }
                    pub fn call_opt_opt<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<::core::option::Option<u8>>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::core::option::Option<u8>>,
                    > {
                        self.opt_opt.call(store, (x,))
                    }
                    pub fn call_opt_opt_opt<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::std::string::String>,
                            >,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::std::string::String>,
                            >,
                        >,
                    > {
                        self.opt_opt_opt.call(store, (x,))
                    }
                    pub fn call_opt_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<
                            ::core::result::Result<u32, ::std::string::String>,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<
                            ::core::result::Result<u32, ::std::string::String>,
                        >,
                    > {
                        self.opt_result.call(store, (x,))
                    }
                    pub fn call_opt_tuple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<(u8, f64)>,
                    ) -> ::canon_host::Result<::core::option::Option<(u8, f64)>> {
                        self.opt_tuple.call(store, (x,))
                    }
                    pub fn call_list_opt<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::core::option::Option<::std::string::String>>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::core::option::Option<::std::string::String>>,
                    > {
                        self.list_opt.call(store, (x,))
                    }
                    pub fn call_several<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::core::option::Option<u8>,
                        b: ::core::option::Option<i64>,
                        c: ::core::option::Option<f32>,
                        d: ::core::option::Option<::std::string::String>,
                    ) -> ::canon_host::Result<
                        (
                            ::core::option::Option<u8>,
                            ::core::option::Option<i64>,
                            ::core::option::Option<f32>,
                            ::core::option::Option<::std::string::String>,
                        ),
                    > {
                        self.several.call(store, (a, b, c, d))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod options {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod options_api {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Pair {
                pub a: ::core::option::Option<u32>,
                pub b: ::core::option::Option<::std::string::String>,
            }
            pub trait Host {
                fn opt_u8(
                    &mut self,
                    x: ::core::option::Option<u8>,
                ) -> ::core::option::Option<u8>;
                fn opt_u64(
                    &mut self,
                    x: ::core::option::Option<u64>,
                ) -> ::core::option::Option<u64>;
                fn opt_f32(
                    &mut self,
                    x: ::core::option::Option<f32>,
                ) -> ::core::option::Option<f32>;
                fn opt_f64(
                    &mut self,
                    x: ::core::option::Option<f64>,
                ) -> ::core::option::Option<f64>;
                fn opt_bool(
                    &mut self,
                    x: ::core::option::Option<bool>,
                ) -> ::core::option::Option<bool>;
                fn opt_char(
                    &mut self,
                    x: ::core::option::Option<char>,
                ) -> ::core::option::Option<char>;
                fn opt_string(
                    &mut self,
                    x: ::core::option::Option<::std::string::String>,
                ) -> ::core::option::Option<::std::string::String>;
                fn opt_list(
                    &mut self,
                    x: ::core::option::Option<::std::vec::Vec<u32>>,
                ) -> ::core::option::Option<::std::vec::Vec<u32>>;
                fn opt_pair(
                    &mut self,
                    x: ::core::option::Option<Pair>,
                ) -> ::core::option::Option<Pair>;
                fn opt_opt(
                    &mut self,
                    x: ::core::option::Option<::core::option::Option<u8>>,
                ) -> ::core::option::Option<::core::option::Option<u8>>;
                fn opt_opt_opt(
                    &mut self,
                    x: ::core::option::Option<
                        ::core::option::Option<
                            ::core::option::Option<::std::string::String>,
                        >,
                    >,
                ) -> ::core::option::Option<
                    ::core::option::Option<::core::option::Option<::std::string::String>>,
                >;
                fn opt_result(
                    &mut self,
                    x: ::core::option::Option<
                        ::core::result::Result<u32, ::std::string::String>,
                    >,
                ) -> ::core::option::Option<
                    ::core::result::Result<u32, ::std::string::String>,
                >;
                fn opt_tuple(
                    &mut self,
                    x: ::core::option::Option<(u8, f64)>,
                ) -> ::core::option::Option<(u8, f64)>;
                fn list_opt(
                    &mut self,
                    x: ::std::vec::Vec<::core::option::Option<::std::string::String>>,
                ) -> ::std::vec::Vec<::core::option::Option<::std::string::String>>;
                fn several(
                    &mut self,
                    a: ::core::option::Option<u8>,
                    b: ::core::option::Option<i64>,
                    c: ::core::option::Option<f32>,
                    d: ::core::option::Option<::std::string::String>,
                ) -> (
                    ::core::option::Option<u8>,
                    ::core::option::Option<i64>,
                    ::core::option::Option<f32>,
                    ::core::option::Option<::std::string::String>,
                );
            }
            /// Defines the functions of `test:options/options-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:options/options-api")?;
                inst.func_wrap(
                    "opt-u8",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_u8(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-u64",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<u64>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_u64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-f32",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<f32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_f32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-f64",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<f64>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_f64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-bool",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<bool>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_bool(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-char",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<char>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_char(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_string(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<::std::vec::Vec<u32>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_list(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-pair",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<Pair>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_pair(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-opt",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<::core::option::Option<u8>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_opt(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-opt-opt",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::option::Option<
                                ::core::option::Option<
                                    ::core::option::Option<::std::string::String>,
                                >,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_opt_opt(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-result",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::option::Option<
                                ::core::result::Result<u32, ::std::string::String>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_result(host, x))
                    },
                )?;
                inst.func_wrap(
                    "opt-tuple",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<(u8, f64)>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::opt_tuple(host, x))
                    },
                )?;
                inst.func_wrap(
                    "list-opt",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::std::vec::Vec<
                                ::core::option::Option<::std::string::String>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::list_opt(host, x))
                    },
                )?;
                inst.func_wrap(
                    "several",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                            c,
                            d,
                        ): (
                            ::core::option::Option<u8>,
                            ::core::option::Option<i64>,
                            ::core::option::Option<f32>,
                            ::core::option::Option<::std::string::String>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::several(host, a, b, c, d))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `options`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Options {
    instance: ::canon_host::Instance,
    test_options_options_api: exports::test::options::options_api::Guest,
}
impl Options {
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
            test_options_options_api: exports::test::options::options_api::Guest::new(
                instance,
            )?,
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
        U: test::options::options_api::Host + 'static,
    {
        test::options::options_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:options/options-api`.
    pub fn test_options_options_api(
        &self,
    ) -> &exports::test::options::options_api::Guest {
        &self.test_options_options_api
    }
}
