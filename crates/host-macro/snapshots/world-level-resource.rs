/// The host-defined resource `conn`: its handles are `Resource<Conn>`.
pub enum Conn {}
#[derive(::canon_host::ComponentType, Debug)]
pub struct ConnPair {
    pub a: ::canon_host::Resource<Conn>,
    pub b: ::canon_host::Resource<Conn>,
}
/// The host's implementation of the resource `conn`.
pub trait HostConn {
    /// Drops the resource: the last owning handle is gone.
    fn drop(&mut self, rep: ::canon_host::Resource<Conn>) -> ::canon_host::Result<()>;
    fn new(&mut self, addr: ::std::string::String) -> ::canon_host::Resource<Conn>;
    fn send(
        &mut self,
        self_: ::canon_host::Resource<Conn>,
        data: ::std::vec::Vec<u8>,
    ) -> u32;
    fn peer(&mut self, self_: ::canon_host::Resource<Conn>) -> ::std::string::String;
    fn loopback(&mut self) -> ::canon_host::Resource<Conn>;
}
/// The functions the world `world-level-resource` imports directly, implemented by the host.
pub trait WorldLevelResourceImports: HostConn {
    fn connect(
        &mut self,
        addr: ::std::string::String,
    ) -> ::core::result::Result<::canon_host::Resource<Conn>, ::std::string::String>;
    fn pair(&mut self) -> ConnPair;
}
/// An instance of the world `world-level-resource`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct WorldLevelResource {
    instance: ::canon_host::Instance,
    serve: ::canon_host::TypedFunc<
        (::canon_host::Resource<Conn>,),
        ::canon_host::Resource<Conn>,
    >,
    bytes_sent: ::canon_host::TypedFunc<(::canon_host::Resource<Conn>,), u64>,
    swap: ::canon_host::TypedFunc<(ConnPair,), ConnPair>,
}
impl WorldLevelResource {
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
            serve: exports
                .get_func("serve")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `serve`".into(),
                ))?
                .typed::<(::canon_host::Resource<Conn>,), ::canon_host::Resource<Conn>>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `serve`", e),
                ))?,
            bytes_sent: exports
                .get_func("bytes-sent")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `bytes-sent`".into(),
                ))?
                .typed::<(::canon_host::Resource<Conn>,), u64>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `bytes-sent`", e),
                ))?,
            swap: exports
                .get_func("swap")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `swap`".into(),
                ))?
                .typed::<(ConnPair,), ConnPair>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `swap`", e),
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
        U: WorldLevelResourceImports + 'static,
    {
        {
            let mut inst = linker.root();
            inst.resource(
                "conn",
                ::canon_host::ResourceType::host::<Conn>(),
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                    let host = get(cx.data_mut());
                    HostConn::drop(host, ::canon_host::Resource::new_own(rep))
                },
            )?;
            inst.func_wrap(
                "connect",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (addr,): (::std::string::String,)|
                {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelResourceImports::connect(host, addr))
                },
            )?;
            inst.func_wrap(
                "pair",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                    let host = get(cx.data_mut());
                    Ok(WorldLevelResourceImports::pair(host))
                },
            )?;
            inst.func_wrap(
                "[constructor]conn",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (addr,): (::std::string::String,)|
                {
                    let host = get(cx.data_mut());
                    Ok(HostConn::new(host, addr))
                },
            )?;
            inst.func_wrap(
                "[method]conn.send",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (self_, data): (::canon_host::Resource<Conn>, ::std::vec::Vec<u8>)|
                {
                    let host = get(cx.data_mut());
                    Ok(HostConn::send(host, self_, data))
                },
            )?;
            inst.func_wrap(
                "[method]conn.peer",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (self_,): (::canon_host::Resource<Conn>,)|
                {
                    let host = get(cx.data_mut());
                    Ok(HostConn::peer(host, self_))
                },
            )?;
            inst.func_wrap(
                "[static]conn.loopback",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                    let host = get(cx.data_mut());
                    Ok(HostConn::loopback(host))
                },
            )?;
        }
        Ok(())
    }
    pub fn call_serve<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        c: ::canon_host::Resource<Conn>,
    ) -> ::canon_host::Result<::canon_host::Resource<Conn>> {
        self.serve.call(store, (c,))
    }
    pub fn call_bytes_sent<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        c: ::canon_host::Resource<Conn>,
    ) -> ::canon_host::Result<u64> {
        self.bytes_sent.call(store, (c,))
    }
    pub fn call_swap<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        p: ConnPair,
    ) -> ::canon_host::Result<ConnPair> {
        self.swap.call(store, (p,))
    }
}
