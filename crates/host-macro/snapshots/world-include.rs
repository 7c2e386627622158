#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod base_worlds {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod counter {
                /// The functions of the exported interface `test:base-worlds/counter`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    get: ::canon_host::TypedFunc<(), u64>,
                    add: ::canon_host::TypedFunc<(u64,), u64>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:base-worlds/counter")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:base-worlds/counter`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            get: exports
                                .get_func("get")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:base-worlds/counter` has no function `get`"
                                        .into(),
                                ))?
                                .typed::<(), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:base-worlds/counter`, function `get`",
                                        e
                                    ),
                                ))?,
                            add: exports
                                .get_func("add")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:base-worlds/counter` has no function `add`"
                                        .into(),
                                ))?
                                .typed::<(u64,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:base-worlds/counter`, function `add`",
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
                    pub fn call_add<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        n: u64,
                    ) -> ::canon_host::Result<u64> {
                        self.add.call(store, (n,))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod log {
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Level {
                    Info,
                    Error,
                }
                /// The functions of the exported interface `test:base-worlds/log`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    log: ::canon_host::TypedFunc<(Level, ::std::string::String), ()>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:base-worlds/log")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:base-worlds/log`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            log: exports
                                .get_func("log")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:base-worlds/log` has no function `log`"
                                        .into(),
                                ))?
                                .typed::<(Level, ::std::string::String), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:base-worlds/log`, function `log`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_log<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        l: Level,
                        msg: ::std::string::String,
                    ) -> ::canon_host::Result<()> {
                        self.log.call(store, (l, msg))
                    }
                }
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod world_include {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod extra {
                /// The functions of the exported interface `test:world-include/extra`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    bump: ::canon_host::TypedFunc<(u32,), u32>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:world-include/extra")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:world-include/extra`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            bump: exports
                                .get_func("bump")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:world-include/extra` has no function `bump`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:world-include/extra`, function `bump`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_bump<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.bump.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod base_worlds {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod counter {
            pub trait Host {
                fn get(&mut self) -> u64;
                fn add(&mut self, n: u64) -> u64;
            }
            /// Defines the functions of `test:base-worlds/counter` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:base-worlds/counter")?;
                inst.func_wrap(
                    "get",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::get(host))
                    },
                )?;
                inst.func_wrap(
                    "add",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (n,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::add(host, n))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod log {
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Level {
                Info,
                Error,
            }
            pub trait Host {
                fn log(&mut self, l: Level, msg: ::std::string::String);
            }
            /// Defines the functions of `test:base-worlds/log` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:base-worlds/log")?;
                inst.func_wrap(
                    "log",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (l, msg): (Level, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::log(host, l, msg))
                    },
                )?;
                Ok(())
            }
        }
    }
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod world_include {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod extra {
            pub trait Host {
                fn bump(&mut self, x: u32) -> u32;
            }
            /// Defines the functions of `test:world-include/extra` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:world-include/extra")?;
                inst.func_wrap(
                    "bump",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::bump(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `world-include`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct WorldInclude {
    instance: ::canon_host::Instance,
    test_world_include_extra: exports::test::world_include::extra::Guest,
    test_base_worlds_log: exports::test::base_worlds::log::Guest,
    test_base_worlds_counter: exports::test::base_worlds::counter::Guest,
    name: ::canon_host::TypedFunc<(), ::std::string::String>,
    counting_name: ::canon_host::TypedFunc<(), ::std::string::String>,
}
impl WorldInclude {
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
            test_world_include_extra: exports::test::world_include::extra::Guest::new(
                instance,
            )?,
            test_base_worlds_log: exports::test::base_worlds::log::Guest::new(instance)?,
            test_base_worlds_counter: exports::test::base_worlds::counter::Guest::new(
                instance,
            )?,
            name: exports
                .get_func("name")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `name`".into(),
                ))?
                .typed::<(), ::std::string::String>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `name`", e),
                ))?,
            counting_name: exports
                .get_func("counting-name")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `counting-name`".into(),
                ))?
                .typed::<(), ::std::string::String>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!(
                        "{}: {}", "the component, function `counting-name`", e
                    ),
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
        U: test::world_include::extra::Host + test::base_worlds::log::Host
            + test::base_worlds::counter::Host + 'static,
    {
        test::world_include::extra::add_to_linker(linker, get)?;
        test::base_worlds::log::add_to_linker(linker, get)?;
        test::base_worlds::counter::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:world-include/extra`.
    pub fn test_world_include_extra(
        &self,
    ) -> &exports::test::world_include::extra::Guest {
        &self.test_world_include_extra
    }
    /// The exported interface `test:base-worlds/log`.
    pub fn test_base_worlds_log(&self) -> &exports::test::base_worlds::log::Guest {
        &self.test_base_worlds_log
    }
    /// The exported interface `test:base-worlds/counter`.
    pub fn test_base_worlds_counter(
        &self,
    ) -> &exports::test::base_worlds::counter::Guest {
        &self.test_base_worlds_counter
    }
    pub fn call_name<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<::std::string::String> {
        self.name.call(store, ())
    }
    pub fn call_counting_name<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<::std::string::String> {
        self.counting_name.call(store, ())
    }
}
