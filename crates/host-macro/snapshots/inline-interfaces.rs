#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod guest {
        pub type Pos = super::super::test::inline_interfaces::shared::Pos;
        #[derive(::canon_host::ComponentType, Clone, Debug)]
        pub struct Span {
            pub start: Pos,
            pub end: Pos,
        }
        /// The functions of the exported interface `guest`.
        #[derive(Clone, Debug)]
        pub struct Guest {
            check: ::canon_host::TypedFunc<
                (::std::string::String,),
                ::std::vec::Vec<Span>,
            >,
            echo_pos: ::canon_host::TypedFunc<(Pos,), Pos>,
        }
        impl Guest {
            /// Looks the functions up in `instance` and checks their types.
            pub fn new(
                instance: &::canon_host::Instance,
            ) -> ::canon_host::Result<Guest> {
                #[allow(unused_variables)]
                let exports = instance
                    .get_instance("guest")
                    .ok_or_else(|| ::canon_host::Error::Link(
                        "the component does not export interface `guest`".into(),
                    ))?;
                Ok(Guest {
                    check: exports
                        .get_func("check")
                        .ok_or_else(|| ::canon_host::Error::Link(
                            "exported interface `guest` has no function `check`".into(),
                        ))?
                        .typed::<(::std::string::String,), ::std::vec::Vec<Span>>()
                        .map_err(|e| ::canon_host::Error::Type(
                            ::std::format!(
                                "{}: {}", "exported interface `guest`, function `check`", e
                            ),
                        ))?,
                    echo_pos: exports
                        .get_func("echo-pos")
                        .ok_or_else(|| ::canon_host::Error::Link(
                            "exported interface `guest` has no function `echo-pos`"
                                .into(),
                        ))?
                        .typed::<(Pos,), Pos>()
                        .map_err(|e| ::canon_host::Error::Type(
                            ::std::format!(
                                "{}: {}", "exported interface `guest`, function `echo-pos`",
                                e
                            ),
                        ))?,
                })
            }
            pub fn call_check<S: Send + 'static>(
                &self,
                store: &mut ::canon_host::Store<S>,
                src: ::std::string::String,
            ) -> ::canon_host::Result<::std::vec::Vec<Span>> {
                self.check.call(store, (src,))
            }
            pub fn call_echo_pos<S: Send + 'static>(
                &self,
                store: &mut ::canon_host::Store<S>,
                p: Pos,
            ) -> ::canon_host::Result<Pos> {
                self.echo_pos.call(store, (p,))
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod host {
    pub type Pos = super::test::inline_interfaces::shared::Pos;
    #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Severity {
        Note,
        Warning,
    }
    /// The host-defined resource `session`: its handles are `Resource<Session>`.
    pub enum Session {}
    /// The host's implementation of the resource `session`.
    pub trait HostSession {
        /// Drops the resource: the last owning handle is gone.
        fn drop(
            &mut self,
            rep: ::canon_host::Resource<Session>,
        ) -> ::canon_host::Result<()>;
        fn new(
            &mut self,
            name: ::std::string::String,
        ) -> ::canon_host::Resource<Session>;
        fn count(&mut self, self_: ::canon_host::Resource<Session>) -> u32;
    }
    pub trait Host: HostSession {
        fn report(&mut self, at: Pos, sev: Severity, msg: ::std::string::String) -> u32;
    }
    /// Defines the functions of `host` in `linker`, implemented by the `Host` that `get` finds in the store's data.
    pub fn add_to_linker<T, U>(
        linker: &mut ::canon_host::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::canon_host::Result<()>
    where
        T: Send + 'static,
        U: Host + 'static,
    {
        #[allow(unused_mut, unused_variables)]
        let mut inst = linker.instance("host")?;
        inst.resource(
            "session",
            ::canon_host::ResourceType::host::<Session>(),
            move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                let host = get(cx.data_mut());
                HostSession::drop(host, ::canon_host::Resource::new_own(rep))
            },
        )?;
        inst.func_wrap(
            "report",
            move |
                mut cx: ::canon_host::StoreContextMut<'_, T>,
                (at, sev, msg): (Pos, Severity, ::std::string::String)|
            {
                let host = get(cx.data_mut());
                Ok(Host::report(host, at, sev, msg))
            },
        )?;
        inst.func_wrap(
            "[constructor]session",
            move |
                mut cx: ::canon_host::StoreContextMut<'_, T>,
                (name,): (::std::string::String,)|
            {
                let host = get(cx.data_mut());
                Ok(HostSession::new(host, name))
            },
        )?;
        inst.func_wrap(
            "[method]session.count",
            move |
                mut cx: ::canon_host::StoreContextMut<'_, T>,
                (self_,): (::canon_host::Resource<Session>,)|
            {
                let host = get(cx.data_mut());
                Ok(HostSession::count(host, self_))
            },
        )?;
        Ok(())
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod inline_interfaces {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod shared {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Pos {
                pub line: u32,
                pub col: u32,
            }
            pub trait Host {}
            /// Defines the functions of `test:inline-interfaces/shared` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:inline-interfaces/shared")?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `inline-interfaces`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct InlineInterfaces {
    instance: ::canon_host::Instance,
    guest: exports::guest::Guest,
}
impl InlineInterfaces {
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
            guest: exports::guest::Guest::new(instance)?,
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
        U: test::inline_interfaces::shared::Host + host::Host + 'static,
    {
        test::inline_interfaces::shared::add_to_linker(linker, get)?;
        host::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `guest`.
    pub fn guest(&self) -> &exports::guest::Guest {
        &self.guest
    }
}
