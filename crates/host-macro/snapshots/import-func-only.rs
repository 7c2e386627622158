/// The functions the world `import-func-only` imports directly, implemented by the host.
pub trait ImportFuncOnlyImports {
    fn log(&mut self, level: u8, msg: ::std::string::String);
}
/// An instance of the world `import-func-only`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct ImportFuncOnly {
    instance: ::canon_host::Instance,
}
impl ImportFuncOnly {
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
        U: ImportFuncOnlyImports + 'static,
    {
        {
            let mut inst = linker.root();
            inst.func_wrap(
                "log",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (level, msg): (u8, ::std::string::String)|
                {
                    let host = get(cx.data_mut());
                    Ok(ImportFuncOnlyImports::log(host, level, msg))
                },
            )?;
        }
        Ok(())
    }
}
