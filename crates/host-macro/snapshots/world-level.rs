#[derive(::canon_host::ComponentType, Clone, Debug)]
pub struct Config {
    pub name: ::std::string::String,
    pub retries: u8,
    pub verbose: bool,
}
#[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Fast,
    Safe,
}
#[derive(::canon_host::ComponentType, Clone, Debug)]
pub enum Event {
    Started(Config),
    Progress(f32),
    Done,
}
::canon_host::flags! {
    pub Options { const DRY_RUN; const FORCE; const QUIET; }
}
pub type Ids = ::std::vec::Vec<u64>;
#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod world_level {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod iface {
                /// The functions of the exported interface `test:world-level/iface`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    ping: ::canon_host::TypedFunc<(u32,), u32>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:world-level/iface")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:world-level/iface`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            ping: exports
                                .get_func("ping")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:world-level/iface` has no function `ping`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:world-level/iface`, function `ping`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_ping<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.ping.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod world_level {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod iface {
            pub trait Host {
                fn ping(&mut self, x: u32) -> u32;
            }
            /// Defines the functions of `test:world-level/iface` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:world-level/iface")?;
                inst.func_wrap(
                    "ping",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::ping(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// The functions the world `world-level` imports directly, implemented by the host.
pub trait WorldLevelImports {
    fn host_log(&mut self, msg: ::std::string::String);
    fn host_config(&mut self, name: ::std::string::String) -> Config;
    fn host_mode(&mut self, current: Mode) -> Mode;
    fn host_event(&mut self, e: Event) -> Event;
    fn host_options(&mut self, o: Options) -> Options;
    fn host_ids(&mut self, x: Ids) -> Ids;
    fn host_nothing(&mut self);
}
/// An instance of the world `world-level`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct WorldLevel {
    instance: ::canon_host::Instance,
    test_world_level_iface: exports::test::world_level::iface::Guest,
    run: ::canon_host::TypedFunc<
        (Config, Mode),
        ::core::result::Result<Ids, ::std::string::String>,
    >,
    handle_event: ::canon_host::TypedFunc<(Event,), Event>,
    set_options: ::canon_host::TypedFunc<(Options,), Options>,
    echo_ids: ::canon_host::TypedFunc<(Ids,), Ids>,
    echo_scalar: ::canon_host::TypedFunc<(u8, f64), (f64, u8)>,
    tick: ::canon_host::TypedFunc<(), ()>,
}
impl WorldLevel {
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
            test_world_level_iface: exports::test::world_level::iface::Guest::new(
                instance,
            )?,
            run: exports
                .get_func("run")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `run`".into(),
                ))?
                .typed::<
                    (Config, Mode),
                    ::core::result::Result<Ids, ::std::string::String>,
                >()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `run`", e),
                ))?,
            handle_event: exports
                .get_func("handle-event")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `handle-event`".into(),
                ))?
                .typed::<(Event,), Event>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `handle-event`", e),
                ))?,
            set_options: exports
                .get_func("set-options")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `set-options`".into(),
                ))?
                .typed::<(Options,), Options>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `set-options`", e),
                ))?,
            echo_ids: exports
                .get_func("echo-ids")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `echo-ids`".into(),
                ))?
                .typed::<(Ids,), Ids>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `echo-ids`", e),
                ))?,
            echo_scalar: exports
                .get_func("echo-scalar")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `echo-scalar`".into(),
                ))?
                .typed::<(u8, f64), (f64, u8)>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `echo-scalar`", e),
                ))?,
            tick: exports
                .get_func("tick")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `tick`".into(),
                ))?
                .typed::<(), ()>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `tick`", e),
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
        U: test::world_level::iface::Host + WorldLevelImports + 'static,
    {
        test::world_level::iface::add_to_linker(linker, get)?;
        {
            let mut inst = linker.root();
            inst.func_wrap(
                "host-log",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (msg,): (::std::string::String,)|
                {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_log(host, msg))
                },
            )?;
            inst.func_wrap(
                "host-config",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (name,): (::std::string::String,)|
                {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_config(host, name))
                },
            )?;
            inst.func_wrap(
                "host-mode",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (current,): (Mode,)| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_mode(host, current))
                },
            )?;
            inst.func_wrap(
                "host-event",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (e,): (Event,)| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_event(host, e))
                },
            )?;
            inst.func_wrap(
                "host-options",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (o,): (Options,)| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_options(host, o))
                },
            )?;
            inst.func_wrap(
                "host-ids",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Ids,)| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_ids(host, x))
                },
            )?;
            inst.func_wrap(
                "host-nothing",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelImports::host_nothing(host))
                },
            )?;
        }
        Ok(())
    }
    /// The exported interface `test:world-level/iface`.
    pub fn test_world_level_iface(&self) -> &exports::test::world_level::iface::Guest {
        &self.test_world_level_iface
    }
    pub fn call_run<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        c: Config,
        m: Mode,
    ) -> ::canon_host::Result<::core::result::Result<Ids, ::std::string::String>> {
        self.run.call(store, (c, m))
    }
    pub fn call_handle_event<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        e: Event,
    ) -> ::canon_host::Result<Event> {
        self.handle_event.call(store, (e,))
    }
    pub fn call_set_options<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        o: Options,
    ) -> ::canon_host::Result<Options> {
        self.set_options.call(store, (o,))
    }
    pub fn call_echo_ids<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        x: Ids,
    ) -> ::canon_host::Result<Ids> {
        self.echo_ids.call(store, (x,))
    }
    pub fn call_echo_scalar<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        a: u8,
        b: f64,
    ) -> ::canon_host::Result<(f64, u8)> {
        self.echo_scalar.call(store, (a, b))
    }
    pub fn call_tick<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<()> {
        self.tick.call(store, ())
    }
}
