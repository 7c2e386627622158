#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod resources_export {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod kv {
                /// The guest-defined resource `bucket`, held by the host as a handle.
                pub type Bucket = ::canon_host::ResourceAny;
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct Entry {
                    pub bucket: ::canon_host::ResourceAny,
                    pub key: ::std::string::String,
                }
                /// The functions of the exported interface `test:resources-export/kv`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_bucket: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    echo_entries: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Entry>,),
                        ::std::vec::Vec<Entry>,
                    >,
                    names: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::canon_host::ResourceAny>,),
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    bucket_constructor: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::canon_host::ResourceAny,
                    >,
                    bucket_method_get: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::std::string::String),
                        ::core::option::Option<::std::vec::Vec<u8>>,
                    >,
                    bucket_method_set: ::canon_host::TypedFunc<
                        (
                            ::canon_host::ResourceAny,
                            ::std::string::String,
                            ::std::vec::Vec<u8>,
                        ),
                        (),
                    >,
                    bucket_method_delete: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::std::string::String),
                        bool,
                    >,
                    bucket_method_keys: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    bucket_static_open: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::core::result::Result<
                            ::canon_host::ResourceAny,
                            ::std::string::String,
                        >,
                    >,
                    bucket_method_merge_from: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        u32,
                    >,
                    bucket_method_split: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::std::string::String),
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:resources-export/kv")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:resources-export/kv`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_bucket: exports
                                .get_func("echo-bucket")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `echo-bucket`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `echo-bucket`",
                                        e
                                    ),
                                ))?,
                            echo_entries: exports
                                .get_func("echo-entries")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `echo-entries`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Entry>,),
                                    ::std::vec::Vec<Entry>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `echo-entries`",
                                        e
                                    ),
                                ))?,
                            names: exports
                                .get_func("names")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `names`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::canon_host::ResourceAny>,),
                                    ::std::vec::Vec<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `names`",
                                        e
                                    ),
                                ))?,
                            bucket_constructor: exports
                                .get_func("[constructor]bucket")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[constructor]bucket`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[constructor]bucket`",
                                        e
                                    ),
                                ))?,
                            bucket_method_get: exports
                                .get_func("[method]bucket.get")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.get`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::std::string::String),
                                    ::core::option::Option<::std::vec::Vec<u8>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.get`",
                                        e
                                    ),
                                ))?,
                            bucket_method_set: exports
                                .get_func("[method]bucket.set")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.set`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::canon_host::ResourceAny,
                                        ::std::string::String,
                                        ::std::vec::Vec<u8>,
                                    ),
                                    (),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.set`",
                                        e
                                    ),
                                ))?,
                            bucket_method_delete: exports
                                .get_func("[method]bucket.delete")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.delete`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::std::string::String),
                                    bool,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.delete`",
                                        e
                                    ),
                                ))?,
                            bucket_method_keys: exports
                                .get_func("[method]bucket.keys")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.keys`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::std::vec::Vec<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.keys`",
                                        e
                                    ),
                                ))?,
                            bucket_static_open: exports
                                .get_func("[static]bucket.open")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[static]bucket.open`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::core::result::Result<
                                        ::canon_host::ResourceAny,
                                        ::std::string::String,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[static]bucket.open`",
                                        e
                                    ),
                                ))?,
                            bucket_method_merge_from: exports
                                .get_func("[method]bucket.merge-from")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.merge-from`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.merge-from`",
                                        e
                                    ),
                                ))?,
                            bucket_method_split: exports
                                .get_func("[method]bucket.split")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources-export/kv` has no function `[method]bucket.split`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::std::string::String),
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources-export/kv`, function `[method]bucket.split`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_bucket<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.echo_bucket.call(store, (b,))
                    }
                    pub fn call_echo_entries<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        e: ::std::vec::Vec<Entry>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Entry>> {
                        self.echo_entries.call(store, (e,))
                    }
                    pub fn call_names<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        buckets: ::std::vec::Vec<::canon_host::ResourceAny>,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::string::String>> {
                        self.names.call(store, (buckets,))
                    }
                    pub fn call_bucket_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        name: ::std::string::String,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.bucket_constructor.call(store, (name,))
                    }
                    pub fn call_bucket_method_get<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        key: ::std::string::String,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::vec::Vec<u8>>,
                    > {
                        self.bucket_method_get.call(store, (self_, key))
                    }
                    pub fn call_bucket_method_set<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        key: ::std::string::String,
                        value: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<()> {
                        self.bucket_method_set.call(store, (self_, key, value))
                    }
                    pub fn call_bucket_method_delete<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        key: ::std::string::String,
                    ) -> ::canon_host::Result<bool> {
                        self.bucket_method_delete.call(store, (self_, key))
                    }
                    pub fn call_bucket_method_keys<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::string::String>> {
                        self.bucket_method_keys.call(store, (self_,))
                    }
                    pub fn call_bucket_static_open<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        name: ::std::string::String,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::canon_host::ResourceAny,
                            ::std::string::String,
                        >,
                    > {
                        self.bucket_static_open.call(store, (name,))
                    }
                    pub fn call_bucket_method_merge_from<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        other: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.bucket_method_merge_from.call(store, (self_, other))
                    }
                    pub fn call_bucket_method_split<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        at: ::std::string::String,
                    ) -> ::canon_host::Result<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                    > {
                        self.bucket_method_split.call(store, (self_, at))
                    }
                }
            }
        }
    }
}
/// An instance of the world `resources-export`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct ResourcesExport {
    instance: ::canon_host::Instance,
    test_resources_export_kv: exports::test::resources_export::kv::Guest,
}
impl ResourcesExport {
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
            test_resources_export_kv: exports::test::resources_export::kv::Guest::new(
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
    /// The exported interface `test:resources-export/kv`.
    pub fn test_resources_export_kv(
        &self,
    ) -> &exports::test::resources_export::kv::Guest {
        &self.test_resources_export_kv
    }
}
