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
            pub trait Host {
                fn send(&mut self, m: Message) -> Message;
                fn ping(&mut self) -> u32;
            }
            /// Defines the functions of `test:multiple-worlds/echo` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:multiple-worlds/echo")?;
                inst.func_wrap(
                    "send",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (m,): (Message,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::send(host, m))
                    },
                )?;
                inst.func_wrap(
                    "ping",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::ping(host))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `client`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Client {
    instance: ::canon_host::Instance,
}
impl Client {
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
        Ok(Self { instance: instance.clone() })
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
        U: test::multiple_worlds::echo::Host + 'static,
    {
        test::multiple_worlds::echo::add_to_linker(linker, get)?;
        Ok(())
    }
}
