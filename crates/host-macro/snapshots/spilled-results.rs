#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod spilled_results {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod spill {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Pair {
                    pub left: u32,
                    pub right: u32,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Wrapped {
                    pub inner: u64,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Level {
                    Low,
                    High,
                }
                /// The functions of the exported interface `test:spilled-results/spill`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    get_tuple: ::canon_host::TypedFunc<(u32, u32), (u32, u32)>,
                    get_pair: ::canon_host::TypedFunc<(Pair,), Pair>,
                    get_string: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::std::string::String,
                    >,
                    get_list: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u16>,),
                        ::std::vec::Vec<u16>,
                    >,
                    get_option: ::canon_host::TypedFunc<
                        (::core::option::Option<u32>,),
                        ::core::option::Option<u32>,
                    >,
                    get_result: ::canon_host::TypedFunc<
                        (::core::result::Result<u64, u8>,),
                        ::core::result::Result<u64, u8>,
                    >,
                    get_f32_pair: ::canon_host::TypedFunc<(f32, f32), (f32, f32)>,
                    get_u64: ::canon_host::TypedFunc<(u64,), u64>,
                    get_wrapped: ::canon_host::TypedFunc<(Wrapped,), Wrapped>,
                    get_level: ::canon_host::TypedFunc<(Level,), Level>,
                    get_single_tuple: ::canon_host::TypedFunc<((f64,),), (f64,)>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:spilled-results/spill")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:spilled-results/spill`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            get_tuple: exports
                                .get_func("get-tuple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-tuple`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), (u32, u32)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-tuple`",
                                        e
                                    ),
                                ))?,
                            get_pair: exports
                                .get_func("get-pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-pair`"
                                        .into(),
                                ))?
                                .typed::<(Pair,), Pair>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-pair`",
                                        e
                                    ),
                                ))?,
                            get_string: exports
                                .get_func("get-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-string`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-string`",
                                        e
                                    ),
                                ))?,
                            get_list: exports
                                .get_func("get-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-list`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<u16>,), ::std::vec::Vec<u16>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-list`",
                                        e
                                    ),
                                ))?,
                            get_option: exports
                                .get_func("get-option")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-option`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<u32>,),
                                    ::core::option::Option<u32>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-option`",
                                        e
                                    ),
                                ))?,
                            get_result: exports
                                .get_func("get-result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-result`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<u64, u8>,),
                                    ::core::result::Result<u64, u8>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-result`",
                                        e
                                    ),
                                ))?,
                            get_f32_pair: exports
                                .get_func("get-f32-pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-f32-pair`"
                                        .into(),
                                ))?
                                .typed::<(f32, f32), (f32, f32)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-f32-pair`",
                                        e
                                    ),
                                ))?,
                            get_u64: exports
                                .get_func("get-u64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-u64`"
                                        .into(),
                                ))?
                                .typed::<(u64,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-u64`",
                                        e
                                    ),
                                ))?,
                            get_wrapped: exports
                                .get_func("get-wrapped")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-wrapped`"
                                        .into(),
                                ))?
                                .typed::<(Wrapped,), Wrapped>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-wrapped`",
                                        e
                                    ),
                                ))?,
                            get_level: exports
                                .get_func("get-level")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-level`"
                                        .into(),
                                ))?
                                .typed::<(Level,), Level>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-level`",
                                        e
                                    ),
                                ))?,
                            get_single_tuple: exports
                                .get_func("get-single-tuple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:spilled-results/spill` has no function `get-single-tuple`"
                                        .into(),
                                ))?
                                .typed::<((f64,),), (f64,)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:spilled-results/spill`, function `get-single-tuple`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_get_tuple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: u32,
                        b: u32,
                    ) -> ::canon_host::Result<(u32, u32)> {
                        self.get_tuple.call(store, (a, b))
                    }
                    pub fn call_get_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: Pair,
                    ) -> ::canon_host::Result<Pair> {
                        self.get_pair.call(store, (p,))
                    }
                    pub fn call_get_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.get_string.call(store, (s,))
                    }
                    pub fn call_get_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        xs: ::std::vec::Vec<u16>,
                    ) -> ::canon_host::Result<::std::vec::Vec<u16>> {
                        self.get_list.call(store, (xs,))
                    }
                    pub fn call_get_option<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<u32>,
                    ) -> ::canon_host::Result<::core::option::Option<u32>> {
                        self.get_option.call(store, (x,))
                    }
                    pub fn call_get_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<u64, u8>,
                    ) -> ::canon_host::Result<::core::result::Result<u64, u8>> {
                        self.get_result.call(store, (x,))
                    }
                    pub fn call_get_f32_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: f32,
                        b: f32,
                    ) -> ::canon_host::Result<(f32, f32)> {
                        self.get_f32_pair.call(store, (a, b))
                    }
                    /// One flat value: no return area.
                    pub fn call_get_u64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u64,
                    ) -> ::canon_host::Result<u64> {
                        self.get_u64.call(store, (x,))
                    }
                    pub fn call_get_wrapped<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Wrapped,
                    ) -> ::canon_host::Result<Wrapped> {
                        self.get_wrapped.call(store, (x,))
                    }
                    pub fn call_get_level<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Level,
                    ) -> ::canon_host::Result<Level> {
                        self.get_level.call(store, (x,))
                    }
                    pub fn call_get_single_tuple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: (f64,),
                    ) -> ::canon_host::Result<(f64,)> {
                        self.get_single_tuple.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod spilled_results {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod spill {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Pair {
                pub left: u32,
                pub right: u32,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Wrapped {
                pub inner: u64,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Level {
                Low,
                High,
            }
            pub trait Host {
                fn get_tuple(&mut self, a: u32, b: u32) -> (u32, u32);
                fn get_pair(&mut self, p: Pair) -> Pair;
                fn get_string(
                    &mut self,
                    s: ::std::string::String,
                ) -> ::std::string::String;
                fn get_list(&mut self, xs: ::std::vec::Vec<u16>) -> ::std::vec::Vec<u16>;
                fn get_option(
                    &mut self,
                    x: ::core::option::Option<u32>,
                ) -> ::core::option::Option<u32>;
                fn get_result(
                    &mut self,
                    x: ::core::result::Result<u64, u8>,
                ) -> ::core::result::Result<u64, u8>;
                fn get_f32_pair(&mut self, a: f32, b: f32) -> (f32, f32);
                /// One flat value: no return area.
                fn get_u64(&mut self, x: u64) -> u64;
                fn get_wrapped(&mut self, x: Wrapped) -> Wrapped;
                fn get_level(&mut self, x: Level) -> Level;
                fn get_single_tuple(&mut self, x: (f64,)) -> (f64,);
            }
            /// Defines the functions of `test:spilled-results/spill` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:spilled-results/spill")?;
                inst.func_wrap(
                    "get-tuple",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_tuple(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "get-pair",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (p,): (Pair,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::get_pair(host, p))
                    },
                )?;
                inst.func_wrap(
                    "get-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_string(host, s))
                    },
                )?;
                inst.func_wrap(
                    "get-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (xs,): (::std::vec::Vec<u16>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_list(host, xs))
                    },
                )?;
                inst.func_wrap(
                    "get-option",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<u32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_option(host, x))
                    },
                )?;
                inst.func_wrap(
                    "get-result",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<u64, u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_result(host, x))
                    },
                )?;
                inst.func_wrap(
                    "get-f32-pair",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (f32, f32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_f32_pair(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "get-u64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::get_u64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "get-wrapped",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Wrapped,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_wrapped(host, x))
                    },
                )?;
                inst.func_wrap(
                    "get-level",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Level,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::get_level(host, x))
                    },
                )?;
                inst.func_wrap(
                    "get-single-tuple",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): ((f64,),)| {
                        let host = get(cx.data_mut());
                        Ok(Host::get_single_tuple(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `spilled-results`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct SpilledResults {
    instance: ::canon_host::Instance,
    test_spilled_results_spill: exports::test::spilled_results::spill::Guest,
}
impl SpilledResults {
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
            test_spilled_results_spill: exports::test::spilled_results::spill::Guest::new(
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
        U: test::spilled_results::spill::Host + 'static,
    {
        test::spilled_results::spill::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:spilled-results/spill`.
    pub fn test_spilled_results_spill(
        &self,
    ) -> &exports::test::spilled_results::spill::Guest {
        &self.test_spilled_results_spill
    }
}
