#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod tuples {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod tuples_api {
                /// The functions of the exported interface `test:tuples/tuples-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    one: ::canon_host::TypedFunc<((u8,),), (u8,)>,
                    one_string: ::canon_host::TypedFunc<
                        ((::std::string::String,),),
                        (::std::string::String,),
                    >,
                    pair: ::canon_host::TypedFunc<((u32, u32),), (u32, u32)>,
                    swap: ::canon_host::TypedFunc<((u64, f32),), (f32, u64)>,
                    triple: ::canon_host::TypedFunc<
                        ((bool, char, f64),),
                        (bool, char, f64),
                    >,
                    many: ::canon_host::TypedFunc<
                        (
                            (
                                u8,
                                i16,
                                u32,
                                i64,
                                f32,
                                f64,
                                bool,
                                char,
                                ::std::string::String,
                                ::std::vec::Vec<u8>,
                            ),
                        ),
                        (
                            u8,
                            i16,
                            u32,
                            i64,
                            f32,
                            f64,
                            bool,
                            char,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                        ),
                    >,
                    nested: ::canon_host::TypedFunc<
                        (((u8, u16), ((u32,), u64)),),
                        ((u8, u16), ((u32,), u64)),
                    >,
                    with_list: ::canon_host::TypedFunc<
                        (
                            (
                                ::std::vec::Vec<::std::string::String>,
                                ::core::option::Option<u8>,
                            ),
                        ),
                        (
                            ::std::vec::Vec<::std::string::String>,
                            ::core::option::Option<u8>,
                        ),
                    >,
                    list_of: ::canon_host::TypedFunc<
                        (::std::vec::Vec<(u16, u16)>,),
                        ::std::vec::Vec<(u16, u16)>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:tuples/tuples-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:tuples/tuples-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            one: exports
                                .get_func("one")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `one`"
                                        .into(),
                                ))?
                                .typed::<((u8,),), (u8,)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `one`",
                                        e
                                    ),
                                ))?,
                            one_string: exports
                                .get_func("one-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `one-string`"
                                        .into(),
                                ))?
                                .typed::<
                                    ((::std::string::String,),),
                                    (::std::string::String,),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `one-string`",
                                        e
                                    ),
                                ))?,
                            pair: exports
                                .get_func("pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `pair`"
                                        .into(),
                                ))?
                                .typed::<((u32, u32),), (u32, u32)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `pair`",
                                        e
                                    ),
                                ))?,
                            swap: exports
                                .get_func("swap")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `swap`"
                                        .into(),
                                ))?
                                .typed::<((u64, f32),), (f32, u64)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `swap`",
                                        e
                                    ),
                                ))?,
                            triple: exports
                                .get_func("triple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `triple`"
                                        .into(),
                                ))?
                                .typed::<((bool, char, f64),), (bool, char, f64)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `triple`",
                                        e
                                    ),
                                ))?,
                            many: exports
                                .get_func("many")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `many`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        (
                                            u8,
                                            i16,
                                            u32,
                                            i64,
                                            f32,
                                            f64,
                                            bool,
                                            char,
                                            ::std::string::String,
                                            ::std::vec::Vec<u8>,
                                        ),
                                    ),
                                    (
                                        u8,
                                        i16,
                                        u32,
                                        i64,
                                        f32,
                                        f64,
                                        bool,
                                        char,
                                        ::std::string::String,
                                        ::std::vec::Vec<u8>,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `many`",
                                        e
                                    ),
                                ))?,
                            nested: exports
                                .get_func("nested")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `nested`"
                                        .into(),
                                ))?
                                .typed::<
                                    (((u8, u16), ((u32,), u64)),),
                                    ((u8, u16), ((u32,), u64)),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `nested`",
                                        e
                                    ),
                                ))?,
                            with_list: exports
                                .get_func("with-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `with-list`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        (
                                            ::std::vec::Vec<::std::string::String>,
                                            ::core::option::Option<u8>,
                                        ),
                                    ),
                                    (
                                        ::std::vec::Vec<::std::string::String>,
                                        ::core::option::Option<u8>,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `with-list`",
                                        e
                                    ),
                                ))?,
                            list_of: exports
                                .get_func("list-of")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:tuples/tuples-api` has no function `list-of`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<(u16, u16)>,),
                                    ::std::vec::Vec<(u16, u16)>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:tuples/tuples-api`, function `list-of`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_one<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (u8,),
                    ) -> ::canon_host::Result<(u8,)> {
                        self.one.call(store, (x,))
                    }
                    pub fn call_one_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (::std::string::String,),
                    ) -> ::canon_host::Result<(::std::string::String,)> {
                        self.one_string.call(store, (x,))
                    }
                    pub fn call_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (u32, u32),
                    ) -> ::canon_host::Result<(u32, u32)> {
                        self.pair.call(store, (x,))
                    }
                    pub fn call_swap<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (u64, f32),
                    ) -> ::canon_host::Result<(f32, u64)> {
                        self.swap.call(store, (x,))
                    }
                    pub fn call_triple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: (bool, char, f64),
                    ) -> ::canon_host::Result<(bool, char, f64)> {
                        self.triple.call(store, (a,))
                    }
                    pub fn call_many<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (
                            u8,
                            i16,
                            u32,
                            i64,
                            f32,
                            f64,
                            bool,
                            char,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                        ),
                    ) -> ::canon_host::Result<
                        (
                            u8,
                            i16,
                            u32,
                            i64,
                            f32,
                            f64,
                            bool,
                            char,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                        ),
                    > {
                        self.many.call(store, (x,))
                    }
                    pub fn call_nested<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ((u8, u16), ((u32,), u64)),
                    ) -> ::canon_host::Result<((u8, u16), ((u32,), u64))> {
                        self.nested.call(store, (x,))
                    }
                    pub fn call_with_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (
                            ::std::vec::Vec<::std::string::String>,
                            ::core::option::Option<u8>,
                        ),
                    ) -> ::canon_host::Result<
                        (
                            ::std::vec::Vec<::std::string::String>,
                            ::core::option::Option<u8>,
                        ),
                    > {
                        self.with_list.call(store, (x,))
                    }
                    pub fn call_list_of<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<(u16, u16)>,
                    ) -> ::canon_host::Result<::std::vec::Vec<(u16, u16)>> {
                        self.list_of.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod tuples {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod tuples_api {
            pub trait Host {
                fn one(&mut self, x: (u8,)) -> (u8,);
                fn one_string(
                    &mut self,
                    x: (::std::string::String,),
                ) -> (::std::string::String,);
                fn pair(&mut self, x: (u32, u32)) -> (u32, u32);
                fn swap(&mut self, x: (u64, f32)) -> (f32, u64);
                fn triple(&mut self, a: (bool, char, f64)) -> (bool, char, f64);
                fn many(
                    &mut self,
                    x: (
                        u8,
                        i16,
                        u32,
                        i64,
                        f32,
                        f64,
                        bool,
                        char,
                        ::std::string::String,
                        ::std::vec::Vec<u8>,
                    ),
                ) -> (
                    u8,
                    i16,
                    u32,
                    i64,
                    f32,
                    f64,
                    bool,
                    char,
                    ::std::string::String,
                    ::std::vec::Vec<u8>,
                );
                fn nested(
                    &mut self,
                    x: ((u8, u16), ((u32,), u64)),
                ) -> ((u8, u16), ((u32,), u64));
                fn with_list(
                    &mut self,
                    x: (
                        ::std::vec::Vec<::std::string::String>,
                        ::core::option::Option<u8>,
                    ),
                ) -> (
                    ::std::vec::Vec<::std::string::String>,
                    ::core::option::Option<u8>,
                );
                fn list_of(
                    &mut self,
                    x: ::std::vec::Vec<(u16, u16)>,
                ) -> ::std::vec::Vec<(u16, u16)>;
            }
            /// Defines the functions of `test:tuples/tuples-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:tuples/tuples-api")?;
                inst.func_wrap(
                    "one",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): ((u8,),)| {
                        let host = get(cx.data_mut());
                        Ok(Host::one(host, x))
                    },
                )?;
                inst.func_wrap(
                    "one-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): ((::std::string::String,),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::one_string(host, x))
                    },
                )?;
                inst.func_wrap(
                    "pair",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): ((u32, u32),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::pair(host, x))
                    },
                )?;
                inst.func_wrap(
                    "swap",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): ((u64, f32),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::swap(host, x))
                    },
                )?;
                inst.func_wrap(
                    "triple",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a,): ((bool, char, f64),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::triple(host, a))
                    },
                )?;
                inst.func_wrap(
                    "many",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            (
                                u8,
                                i16,
                                u32,
                                i64,
                                f32,
                                f64,
                                bool,
                                char,
                                ::std::string::String,
                                ::std::vec::Vec<u8>,
                            ),
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::many(host, x))
                    },
                )?;
                inst.func_wrap(
                    "nested",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (((u8, u16), ((u32,), u64)),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::nested(host, x))
                    },
                )?;
                inst.func_wrap(
                    "with-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            (
                                ::std::vec::Vec<::std::string::String>,
                                ::core::option::Option<u8>,
                            ),
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::with_list(host, x))
                    },
                )?;
                inst.func_wrap(
                    "list-of",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<(u16, u16)>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::list_of(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `tuples`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Tuples {
    instance: ::canon_host::Instance,
    test_tuples_tuples_api: exports::test::tuples::tuples_api::Guest,
}
impl Tuples {
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
            test_tuples_tuples_api: exports::test::tuples::tuples_api::Guest::new(
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
        U: test::tuples::tuples_api::Host + 'static,
    {
        test::tuples::tuples_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:tuples/tuples-api`.
    pub fn test_tuples_tuples_api(&self) -> &exports::test::tuples::tuples_api::Guest {
        &self.test_tuples_tuples_api
    }
}
