pub type File = test::resources_import::fs::File;
pub type FileInfo = test::resources_import::fs::FileInfo;
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod resources_import {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod fs {
            /// The host-defined resource `file`: its handles are `Resource<File>`.
            pub enum File {}
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct FileInfo {
                pub file: ::canon_host::Resource<File>,
                pub size: u64,
            }
            /// The host's implementation of the resource `file`.
            pub trait HostFile {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<File>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::canon_host::Resource<File>;
                fn read_all(
                    &mut self,
                    self_: ::canon_host::Resource<File>,
                ) -> ::std::vec::Vec<u8>;
                fn write_all(
                    &mut self,
                    self_: ::canon_host::Resource<File>,
                    data: ::std::vec::Vec<u8>,
                ) -> ::core::result::Result<(), ::std::string::String>;
                fn path(
                    &mut self,
                    self_: ::canon_host::Resource<File>,
                ) -> ::std::string::String;
                fn open_many(
                    &mut self,
                    paths: ::std::vec::Vec<::std::string::String>,
                ) -> ::std::vec::Vec<::canon_host::Resource<File>>;
            }
            pub trait Host: HostFile {
                fn open(
                    &mut self,
                    path: ::std::string::String,
                ) -> ::core::result::Result<
                    ::canon_host::Resource<File>,
                    ::std::string::String,
                >;
                fn stat(&mut self, f: ::canon_host::Resource<File>) -> FileInfo;
                fn close(&mut self, f: ::canon_host::Resource<File>);
            }
            /// Defines the functions of `test:resources-import/fs` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:resources-import/fs")?;
                inst.resource(
                    "file",
                    ::canon_host::ResourceType::host::<File>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostFile::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "open",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (path,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::open(host, path))
                    },
                )?;
                inst.func_wrap(
                    "stat",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (f,): (::canon_host::Resource<File>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::stat(host, f))
                    },
                )?;
                inst.func_wrap(
                    "close",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (f,): (::canon_host::Resource<File>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::close(host, f))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]file",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (path,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostFile::new(host, path))
                    },
                )?;
                inst.func_wrap(
                    "[method]file.read-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<File>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostFile::read_all(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]file.write-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            data,
                        ): (::canon_host::Resource<File>, ::std::vec::Vec<u8>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostFile::write_all(host, self_, data))
                    },
                )?;
                inst.func_wrap(
                    "[method]file.path",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<File>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostFile::path(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[static]file.open-many",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (paths,): (::std::vec::Vec<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostFile::open_many(host, paths))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `resources-import`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct ResourcesImport {
    instance: ::canon_host::Instance,
    size_of: ::canon_host::TypedFunc<(::canon_host::Resource<File>,), u64>,
    reopen: ::canon_host::TypedFunc<
        (::canon_host::Resource<File>,),
        ::canon_host::Resource<File>,
    >,
    info: ::canon_host::TypedFunc<(FileInfo,), FileInfo>,
}
impl ResourcesImport {
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
            size_of: exports
                .get_func("size-of")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `size-of`".into(),
                ))?
                .typed::<(::canon_host::Resource<File>,), u64>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `size-of`", e),
                ))?,
            reopen: exports
                .get_func("reopen")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `reopen`".into(),
                ))?
                .typed::<(::canon_host::Resource<File>,), ::canon_host::Resource<File>>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `reopen`", e),
                ))?,
            info: exports
                .get_func("info")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `info`".into(),
                ))?
                .typed::<(FileInfo,), FileInfo>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `info`", e),
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
        U: test::resources_import::fs::Host + 'static,
    {
        test::resources_import::fs::add_to_linker(linker, get)?;
        Ok(())
    }
    pub fn call_size_of<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        f: ::canon_host::Resource<File>,
    ) -> ::canon_host::Result<u64> {
        self.size_of.call(store, (f,))
    }
    pub fn call_reopen<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        f: ::canon_host::Resource<File>,
    ) -> ::canon_host::Result<::canon_host::Resource<File>> {
        self.reopen.call(store, (f,))
    }
    pub fn call_info<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        i: FileInfo,
    ) -> ::canon_host::Result<FileInfo> {
        self.info.call(store, (i,))
    }
}
