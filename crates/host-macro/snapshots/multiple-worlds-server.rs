#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod multiple_worlds {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod echo {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Message {
                    pub id: u64,
                    pub body: ::std::string::String,
                }
                /// The functions of the exported interface `test:multiple-worlds/echo`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    send: ::canon_host::TypedFunc<(Message,), Message>,
                    ping: ::canon_host::TypedFunc<(), u32>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:multiple-worlds/echo")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:multiple-worlds/echo`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            send: exports
                                .get_func("send")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:multiple-worlds/echo` has no function `send`"
                                        .into(),
                                ))?
                                .typed::<(Message,), Message>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:multiple-worlds/echo`, function `send`",
                                        e
                                    ),
                                ))?,
                            ping: exports
                                .get_func("ping")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:multiple-worlds/echo` has no function `ping`"
                                        .into(),
                                ))?
                                .typed::<(), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:multiple-worlds/echo`, function `ping`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_send<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        m: Message,
                    ) -> ::canon_host::Result<Message> {
                        self.send.call(store, (m,))
                    }
                    pub fn call_ping<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u32> {
                        self.ping.call(store, ())
                    }
                }
            }
        }
    }
}
/// An instance of the world `server`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Server {
    instance: ::canon_host::Instance,
    test_multiple_worlds_echo: exports::test::multiple_worlds::echo::Guest,
}
impl Server {
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
            test_multiple_worlds_echo: exports::test::multiple_worlds::echo::Guest::new(
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
        U: 'static,
    {
        Ok(())
    }
    /// The exported interface `test:multiple-worlds/echo`.
    pub fn test_multiple_worlds_echo(
        &self,
    ) -> &exports::test::multiple_worlds::echo::Guest {
        &self.test_multiple_worlds_echo
    }
}
