#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod feature_gates {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod base {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct StableRec {
                    pub a: u32,
                    pub b: ::std::string::String,
                }
                /// The functions of the exported interface `test:feature-gates/base@0.1.0`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    plain: ::canon_host::TypedFunc<(u32,), u32>,
                    stable_fn: ::canon_host::TypedFunc<(StableRec,), StableRec>,
                    old_fn: ::canon_host::TypedFunc<(), bool>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:feature-gates/base@0.1.0")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:feature-gates/base@0.1.0`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            plain: exports
                                .get_func("plain")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:feature-gates/base@0.1.0` has no function `plain`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:feature-gates/base@0.1.0`, function `plain`",
                                        e
                                    ),
                                ))?,
                            stable_fn: exports
                                .get_func("stable-fn")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:feature-gates/base@0.1.0` has no function `stable-fn`"
                                        .into(),
                                ))?
                                .typed::<(StableRec,), StableRec>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:feature-gates/base@0.1.0`, function `stable-fn`",
                                        e
                                    ),
                                ))?,
                            old_fn: exports
                                .get_func("old-fn")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:feature-gates/base@0.1.0` has no function `old-fn`"
                                        .into(),
                                ))?
                                .typed::<(), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:feature-gates/base@0.1.0`, function `old-fn`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    /// Ungated item.
                    pub fn call_plain<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.plain.call(store, (x,))
                    }
                    pub fn call_stable_fn<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        r: StableRec,
                    ) -> ::canon_host::Result<StableRec> {
                        self.stable_fn.call(store, (r,))
                    }
                    pub fn call_old_fn<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<bool> {
                        self.old_fn.call(store, ())
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod settled {
                /// The functions of the exported interface `test:feature-gates/settled@0.1.0`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    get: ::canon_host::TypedFunc<(), u64>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:feature-gates/settled@0.1.0")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:feature-gates/settled@0.1.0`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            get: exports
                                .get_func("get")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:feature-gates/settled@0.1.0` has no function `get`"
                                        .into(),
                                ))?
                                .typed::<(), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:feature-gates/settled@0.1.0`, function `get`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_get<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u64> {
                        self.get.call(store, ())
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod feature_gates {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod base {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct StableRec {
                pub a: u32,
                pub b: ::std::string::String,
            }
            pub trait Host {
                /// Ungated item.
                fn plain(&mut self, x: u32) -> u32;
                fn stable_fn(&mut self, r: StableRec) -> StableRec;
                fn old_fn(&mut self) -> bool;
            }
            /// Defines the functions of `test:feature-gates/base@0.1.0` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:feature-gates/base@0.1.0")?;
                inst.func_wrap(
                    "plain",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::plain(host, x))
                    },
                )?;
                inst.func_wrap(
                    "stable-fn",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (r,): (StableRec,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::stable_fn(host, r))
                    },
                )?;
                inst.func_wrap(
                    "old-fn",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::old_fn(host))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod settled {
            pub trait Host {
                fn get(&mut self) -> u64;
            }
            /// Defines the functions of `test:feature-gates/settled@0.1.0` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:feature-gates/settled@0.1.0")?;
                inst.func_wrap(
                    "get",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::get(host))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `feature-gates`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct FeatureGates {
    instance: ::canon_host::Instance,
    test_feature_gates_base: exports::test::feature_gates::base::Guest,
    test_feature_gates_settled: exports::test::feature_gates::settled::Guest,
    version: ::canon_host::TypedFunc<(), ::std::string::String>,
}
impl FeatureGates {
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
            test_feature_gates_base: exports::test::feature_gates::base::Guest::new(
                instance,
            )?,
            test_feature_gates_settled: exports::test::feature_gates::settled::Guest::new(
                instance,
            )?,
            version: exports
                .get_func("version")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `version`".into(),
                ))?
                .typed::<(), ::std::string::String>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `version`", e),
                ))?,
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
        U: test::feature_gates::base::Host + test::feature_gates::settled::Host
            + 'static,
    {
        test::feature_gates::base::add_to_linker(linker, get)?;
        test::feature_gates::settled::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:feature-gates/base@0.1.0`.
    pub fn test_feature_gates_base(&self) -> &exports::test::feature_gates::base::Guest {
        &self.test_feature_gates_base
    }
    /// The exported interface `test:feature-gates/settled@0.1.0`.
    pub fn test_feature_gates_settled(
        &self,
    ) -> &exports::test::feature_gates::settled::Guest {
        &self.test_feature_gates_settled
    }
    pub fn call_version<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<::std::string::String> {
        self.version.call(store, ())
    }
}
