#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod resources {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod store {
                /// A byte buffer with identity.
                /// The guest-defined resource `blob`, held by the host as a handle.
                pub type Blob = ::canon_host::ResourceAny;
                /// The guest-defined resource `counter`, held by the host as a handle.
                pub type Counter = ::canon_host::ResourceAny;
                /// A resource with a fallible constructor.
                /// The guest-defined resource `parser`, held by the host as a handle.
                pub type Parser = ::canon_host::ResourceAny;
                /// A resource with no constructor: only obtainable from functions.
                /// The guest-defined resource `token`, held by the host as a handle.
                pub type Token = ::canon_host::ResourceAny;
                /// A resource with no members at all.
                /// The guest-defined resource `opaque`, held by the host as a handle.
                pub type Opaque = ::canon_host::ResourceAny;
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct NamedBlob {
                    pub name: ::std::string::String,
                    pub blob: ::canon_host::ResourceAny,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct BlobView {
                    pub target: ::canon_host::ResourceAny,
                    pub offset: u64,
                    pub len: u32,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub enum HandleOrBytes {
                    Handle(::canon_host::ResourceAny),
                    Bytes(::std::vec::Vec<u8>),
                }
                /// The functions of the exported interface `test:resources/store`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    new_blob: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u8>,),
                        ::canon_host::ResourceAny,
                    >,
                    blob_size: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u64,
                    >,
                    consume: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::std::vec::Vec<u8>,
                    >,
                    echo_blob: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    echo_named: ::canon_host::TypedFunc<(NamedBlob,), NamedBlob>,
                    echo_named_list: ::canon_host::TypedFunc<
                        (::std::vec::Vec<NamedBlob>,),
                        ::std::vec::Vec<NamedBlob>,
                    >,
                    view_lengths: ::canon_host::TypedFunc<
                        (::std::vec::Vec<BlobView>,),
                        ::std::vec::Vec<u32>,
                    >,
                    total_size: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::canon_host::ResourceAny>,),
                        u64,
                    >,
                    echo_blobs: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::canon_host::ResourceAny>,),
                        ::std::vec::Vec<::canon_host::ResourceAny>,
                    >,
                    maybe_blob: ::canon_host::TypedFunc<
                        (::core::option::Option<::canon_host::ResourceAny>,),
                        ::core::option::Option<::canon_host::ResourceAny>,
                    >,
                    open: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::core::result::Result<
                            ::canon_host::ResourceAny,
                            ::std::string::String,
                        >,
                    >,
                    pair: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                    >,
                    echo_handle_or_bytes: ::canon_host::TypedFunc<
                        (HandleOrBytes,),
                        HandleOrBytes,
                    >,
                    mint_token: ::canon_host::TypedFunc<
                        (u64,),
                        ::canon_host::ResourceAny,
                    >,
                    wrap: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    blob_constructor: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u8>,),
                        ::canon_host::ResourceAny,
                    >,
                    blob_method_size: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u64,
                    >,
                    blob_method_read: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, u64, u32),
                        ::std::vec::Vec<u8>,
                    >,
                    blob_method_write: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::std::vec::Vec<u8>),
                        (),
                    >,
                    blob_method_duplicate: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    blob_method_same_contents: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        bool,
                    >,
                    blob_static_concat: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                        ::canon_host::ResourceAny,
                    >,
                    blob_static_empty: ::canon_host::TypedFunc<
                        (),
                        ::canon_host::ResourceAny,
                    >,
                    counter_constructor: ::canon_host::TypedFunc<
                        (),
                        ::canon_host::ResourceAny,
                    >,
                    counter_method_increment: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u32,
                    >,
                    counter_method_add_to: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny, u32),
                        (),
                    >,
                    parser_constructor: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::canon_host::ResourceAny,
                    >,
                    parser_method_next_token: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::core::option::Option<::std::string::String>,
                    >,
                    token_method_value: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u64,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:resources/store")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:resources/store`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            new_blob: exports
                                .get_func("new-blob")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `new-blob`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<u8>,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `new-blob`",
                                        e
                                    ),
                                ))?,
                            blob_size: exports
                                .get_func("blob-size")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `blob-size`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `blob-size`",
                                        e
                                    ),
                                ))?,
                            consume: exports
                                .get_func("consume")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `consume`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::std::vec::Vec<u8>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `consume`",
                                        e
                                    ),
                                ))?,
                            echo_blob: exports
                                .get_func("echo-blob")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `echo-blob`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `echo-blob`",
                                        e
                                    ),
                                ))?,
                            echo_named: exports
                                .get_func("echo-named")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `echo-named`"
                                        .into(),
                                ))?
                                .typed::<(NamedBlob,), NamedBlob>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `echo-named`",
                                        e
                                    ),
                                ))?,
                            echo_named_list: exports
                                .get_func("echo-named-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `echo-named-list`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<NamedBlob>,),
                                    ::std::vec::Vec<NamedBlob>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `echo-named-list`",
                                        e
                                    ),
                                ))?,
                            view_lengths: exports
                                .get_func("view-lengths")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `view-lengths`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<BlobView>,),
                                    ::std::vec::Vec<u32>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `view-lengths`",
                                        e
                                    ),
                                ))?,
                            total_size: exports
                                .get_func("total-size")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `total-size`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::canon_host::ResourceAny>,),
                                    u64,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `total-size`",
                                        e
                                    ),
                                ))?,
                            echo_blobs: exports
                                .get_func("echo-blobs")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `echo-blobs`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::canon_host::ResourceAny>,),
                                    ::std::vec::Vec<::canon_host::ResourceAny>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `echo-blobs`",
                                        e
                                    ),
                                ))?,
                            maybe_blob: exports
                                .get_func("maybe-blob")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `maybe-blob`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<::canon_host::ResourceAny>,),
                                    ::core::option::Option<::canon_host::ResourceAny>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `maybe-blob`",
                                        e
                                    ),
                                ))?,
                            open: exports
                                .get_func("open")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `open`"
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
                                        "exported interface `test:resources/store`, function `open`",
                                        e
                                    ),
                                ))?,
                            pair: exports
                                .get_func("pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `pair`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `pair`",
                                        e
                                    ),
                                ))?,
                            echo_handle_or_bytes: exports
                                .get_func("echo-handle-or-bytes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `echo-handle-or-bytes`"
                                        .into(),
                                ))?
                                .typed::<(HandleOrBytes,), HandleOrBytes>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `echo-handle-or-bytes`",
                                        e
                                    ),
                                ))?,
                            mint_token: exports
                                .get_func("mint-token")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `mint-token`"
                                        .into(),
                                ))?
                                .typed::<(u64,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `mint-token`",
                                        e
                                    ),
                                ))?,
                            wrap: exports
                                .get_func("wrap")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `wrap`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `wrap`",
                                        e
                                    ),
                                ))?,
                            blob_constructor: exports
                                .get_func("[constructor]blob")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[constructor]blob`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<u8>,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[constructor]blob`",
                                        e
                                    ),
                                ))?,
                            blob_method_size: exports
                                .get_func("[method]blob.size")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]blob.size`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]blob.size`",
                                        e
                                    ),
                                ))?,
                            blob_method_read: exports
                                .get_func("[method]blob.read")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]blob.read`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, u64, u32),
                                    ::std::vec::Vec<u8>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]blob.read`",
                                        e
                                    ),
                                ))?,
                            blob_method_write: exports
                                .get_func("[method]blob.write")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]blob.write`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::std::vec::Vec<u8>),
                                    (),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]blob.write`",
                                        e
                                    ),
                                ))?,
                            blob_method_duplicate: exports
                                .get_func("[method]blob.duplicate")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]blob.duplicate`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]blob.duplicate`",
                                        e
                                    ),
                                ))?,
                            blob_method_same_contents: exports
                                .get_func("[method]blob.same-contents")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]blob.same-contents`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    bool,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]blob.same-contents`",
                                        e
                                    ),
                                ))?,
                            blob_static_concat: exports
                                .get_func("[static]blob.concat")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[static]blob.concat`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[static]blob.concat`",
                                        e
                                    ),
                                ))?,
                            blob_static_empty: exports
                                .get_func("[static]blob.empty")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[static]blob.empty`"
                                        .into(),
                                ))?
                                .typed::<(), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[static]blob.empty`",
                                        e
                                    ),
                                ))?,
                            counter_constructor: exports
                                .get_func("[constructor]counter")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[constructor]counter`"
                                        .into(),
                                ))?
                                .typed::<(), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[constructor]counter`",
                                        e
                                    ),
                                ))?,
                            counter_method_increment: exports
                                .get_func("[method]counter.increment")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]counter.increment`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]counter.increment`",
                                        e
                                    ),
                                ))?,
                            counter_method_add_to: exports
                                .get_func("[method]counter.add-to")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]counter.add-to`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::canon_host::ResourceAny, u32),
                                    (),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]counter.add-to`",
                                        e
                                    ),
                                ))?,
                            parser_constructor: exports
                                .get_func("[constructor]parser")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[constructor]parser`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[constructor]parser`",
                                        e
                                    ),
                                ))?,
                            parser_method_next_token: exports
                                .get_func("[method]parser.next-token")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]parser.next-token`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::core::option::Option<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]parser.next-token`",
                                        e
                                    ),
                                ))?,
                            token_method_value: exports
                                .get_func("[method]token.value")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:resources/store` has no function `[method]token.value`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:resources/store`, function `[method]token.value`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_new_blob<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        data: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.new_blob.call(store, (data,))
                    }
                    pub fn call_blob_size<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u64> {
                        self.blob_size.call(store, (b,))
                    }
                    pub fn call_consume<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::std::vec::Vec<u8>> {
                        self.consume.call(store, (b,))
                    }
                    pub fn call_echo_blob<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.echo_blob.call(store, (b,))
                    }
                    pub fn call_echo_named<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: NamedBlob,
                    ) -> ::canon_host::Result<NamedBlob> {
                        self.echo_named.call(store, (x,))
                    }
                    pub fn call_echo_named_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<NamedBlob>,
                    ) -> ::canon_host::Result<::std::vec::Vec<NamedBlob>> {
                        self.echo_named_list.call(store, (x,))
                    }
                    pub fn call_view_lengths<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        views: ::std::vec::Vec<BlobView>,
                    ) -> ::canon_host::Result<::std::vec::Vec<u32>> {
                        self.view_lengths.call(store, (views,))
                    }
                    pub fn call_total_size<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        blobs: ::std::vec::Vec<::canon_host::ResourceAny>,
                    ) -> ::canon_host::Result<u64> {
                        self.total_size.call(store, (blobs,))
                    }
                    pub fn call_echo_blobs<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        blobs: ::std::vec::Vec<::canon_host::ResourceAny>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::canon_host::ResourceAny>,
                    > {
                        self.echo_blobs.call(store, (blobs,))
                    }
                    pub fn call_maybe_blob<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<::canon_host::ResourceAny>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::canon_host::ResourceAny>,
                    > {
                        self.maybe_blob.call(store, (x,))
                    }
                    pub fn call_open<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        name: ::std::string::String,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::canon_host::ResourceAny,
                            ::std::string::String,
                        >,
                    > {
                        self.open.call(store, (name,))
                    }
                    pub fn call_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::canon_host::ResourceAny,
                        c: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<
                        (::canon_host::ResourceAny, ::canon_host::ResourceAny),
                    > {
                        self.pair.call(store, (a, c))
                    }
                    pub fn call_echo_handle_or_bytes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: HandleOrBytes,
                    ) -> ::canon_host::Result<HandleOrBytes> {
                        self.echo_handle_or_bytes.call(store, (x,))
                    }
                    pub fn call_mint_token<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        seed: u64,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.mint_token.call(store, (seed,))
                    }
                    pub fn call_wrap<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.wrap.call(store, (x,))
                    }
                    pub fn call_blob_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        init: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.blob_constructor.call(store, (init,))
                    }
                    pub fn call_blob_method_size<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u64> {
                        self.blob_method_size.call(store, (self_,))
                    }
                    pub fn call_blob_method_read<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        offset: u64,
                        len: u32,
                    ) -> ::canon_host::Result<::std::vec::Vec<u8>> {
                        self.blob_method_read.call(store, (self_, offset, len))
                    }
                    pub fn call_blob_method_write<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        data: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<()> {
                        self.blob_method_write.call(store, (self_, data))
                    }
                    /// Returns a new, independent blob.
                    pub fn call_blob_method_duplicate<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.blob_method_duplicate.call(store, (self_,))
                    }
                    pub fn call_blob_method_same_contents<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        other: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<bool> {
                        self.blob_method_same_contents.call(store, (self_, other))
                    }
                    /// Consumes both blobs (own params) and returns a new one.
                    pub fn call_blob_static_concat<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::canon_host::ResourceAny,
                        b: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.blob_static_concat.call(store, (a, b))
                    }
                    pub fn call_blob_static_empty<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.blob_static_empty.call(store, ())
                    }
                    pub fn call_counter_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.counter_constructor.call(store, ())
                    }
                    pub fn call_counter_method_increment<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.counter_method_increment.call(store, (self_,))
                    }
                    pub fn call_counter_method_add_to<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        target: ::canon_host::ResourceAny,
                        amount: u32,
                    ) -> ::canon_host::Result<()> {
                        self.counter_method_add_to.call(store, (self_, target, amount))
                    }
                    pub fn call_parser_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        source: ::std::string::String,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.parser_constructor.call(store, (source,))
                    }
                    pub fn call_parser_method_next_token<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::string::String>,
                    > {
                        self.parser_method_next_token.call(store, (self_,))
                    }
                    pub fn call_token_method_value<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u64> {
                        self.token_method_value.call(store, (self_,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod resources {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod store {
            /// A byte buffer with identity.
            /// The host-defined resource `blob`: its handles are `Resource<Blob>`.
            pub enum Blob {}
            /// The host-defined resource `counter`: its handles are `Resource<Counter>`.
            pub enum Counter {}
            /// A resource with a fallible constructor.
            /// The host-defined resource `parser`: its handles are `Resource<Parser>`.
            pub enum Parser {}
            /// A resource with no constructor: only obtainable from functions.
            /// The host-defined resource `token`: its handles are `Resource<Token>`.
            pub enum Token {}
            /// A resource with no members at all.
            /// The host-defined resource `opaque`: its handles are `Resource<Opaque>`.
            pub enum Opaque {}
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct NamedBlob {
                pub name: ::std::string::String,
                pub blob: ::canon_host::Resource<Blob>,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct BlobView {
                pub target: ::canon_host::Resource<Blob>,
                pub offset: u64,
                pub len: u32,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub enum HandleOrBytes {
                Handle(::canon_host::Resource<Blob>),
                Bytes(::std::vec::Vec<u8>),
            }
            /// A byte buffer with identity.
            /// The host's implementation of the resource `blob`.
            pub trait HostBlob {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Blob>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    init: ::std::vec::Vec<u8>,
                ) -> ::canon_host::Resource<Blob>;
                fn size(&mut self, self_: ::canon_host::Resource<Blob>) -> u64;
                fn read(
                    &mut self,
                    self_: ::canon_host::Resource<Blob>,
                    offset: u64,
                    len: u32,
                ) -> ::std::vec::Vec<u8>;
                fn write(
                    &mut self,
                    self_: ::canon_host::Resource<Blob>,
                    data: ::std::vec::Vec<u8>,
                );
                /// Returns a new, independent blob.
                fn duplicate(
                    &mut self,
                    self_: ::canon_host::Resource<Blob>,
                ) -> ::canon_host::Resource<Blob>;
                fn same_contents(
                    &mut self,
                    self_: ::canon_host::Resource<Blob>,
                    other: ::canon_host::Resource<Blob>,
                ) -> bool;
                /// Consumes both blobs (own params) and returns a new one.
                fn concat(
                    &mut self,
                    a: ::canon_host::Resource<Blob>,
                    b: ::canon_host::Resource<Blob>,
                ) -> ::canon_host::Resource<Blob>;
                fn empty(&mut self) -> ::canon_host::Resource<Blob>;
            }
            /// The host's implementation of the resource `counter`.
            pub trait HostCounter {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Counter>,
                ) -> ::canon_host::Result<()>;
                fn new(&mut self) -> ::canon_host::Resource<Counter>;
                fn increment(&mut self, self_: ::canon_host::Resource<Counter>) -> u32;
                fn add_to(
                    &mut self,
                    self_: ::canon_host::Resource<Counter>,
                    target: ::canon_host::Resource<Counter>,
                    amount: u32,
                );
            }
            /// A resource with a fallible constructor.
            /// The host's implementation of the resource `parser`.
            pub trait HostParser {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Parser>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    source: ::std::string::String,
                ) -> ::canon_host::Resource<Parser>;
                fn next_token(
                    &mut self,
                    self_: ::canon_host::Resource<Parser>,
                ) -> ::core::option::Option<::std::string::String>;
            }
            /// A resource with no constructor: only obtainable from functions.
            /// The host's implementation of the resource `token`.
            pub trait HostToken {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Token>,
                ) -> ::canon_host::Result<()>;
                fn value(&mut self, self_: ::canon_host::Resource<Token>) -> u64;
            }
            /// A resource with no members at all.
            /// The host's implementation of the resource `opaque`.
            pub trait HostOpaque {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Opaque>,
                ) -> ::canon_host::Result<()>;
            }
            pub trait Host: HostBlob + HostCounter + HostParser + HostToken + HostOpaque {
                fn new_blob(
                    &mut self,
                    data: ::std::vec::Vec<u8>,
                ) -> ::canon_host::Resource<Blob>;
                fn blob_size(&mut self, b: ::canon_host::Resource<Blob>) -> u64;
                fn consume(
                    &mut self,
                    b: ::canon_host::Resource<Blob>,
                ) -> ::std::vec::Vec<u8>;
                fn echo_blob(
                    &mut self,
                    b: ::canon_host::Resource<Blob>,
                ) -> ::canon_host::Resource<Blob>;
                fn echo_named(&mut self, x: NamedBlob) -> NamedBlob;
                fn echo_named_list(
                    &mut self,
                    x: ::std::vec::Vec<NamedBlob>,
                ) -> ::std::vec::Vec<NamedBlob>;
                fn view_lengths(
                    &mut self,
                    views: ::std::vec::Vec<BlobView>,
                ) -> ::std::vec::Vec<u32>;
                fn total_size(
                    &mut self,
                    blobs: ::std::vec::Vec<::canon_host::Resource<Blob>>,
                ) -> u64;
                fn echo_blobs(
                    &mut self,
                    blobs: ::std::vec::Vec<::canon_host::Resource<Blob>>,
                ) -> ::std::vec::Vec<::canon_host::Resource<Blob>>;
                fn maybe_blob(
                    &mut self,
                    x: ::core::option::Option<::canon_host::Resource<Blob>>,
                ) -> ::core::option::Option<::canon_host::Resource<Blob>>;
                fn open(
                    &mut self,
                    name: ::std::string::String,
                ) -> ::core::result::Result<
                    ::canon_host::Resource<Blob>,
                    ::std::string::String,
                >;
                fn pair(
                    &mut self,
                    a: ::canon_host::Resource<Blob>,
                    c: ::canon_host::Resource<Counter>,
                ) -> (::canon_host::Resource<Counter>, ::canon_host::Resource<Blob>);
                fn echo_handle_or_bytes(&mut self, x: HandleOrBytes) -> HandleOrBytes;
                fn mint_token(&mut self, seed: u64) -> ::canon_host::Resource<Token>;
                fn wrap(
                    &mut self,
                    x: ::canon_host::Resource<Opaque>,
                ) -> ::canon_host::Resource<Opaque>;
            }
            /// Defines the functions of `test:resources/store` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:resources/store")?;
                inst.resource(
                    "blob",
                    ::canon_host::ResourceType::host::<Blob>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostBlob::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.resource(
                    "counter",
                    ::canon_host::ResourceType::host::<Counter>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostCounter::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.resource(
                    "parser",
                    ::canon_host::ResourceType::host::<Parser>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostParser::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.resource(
                    "token",
                    ::canon_host::ResourceType::host::<Token>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostToken::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.resource(
                    "opaque",
                    ::canon_host::ResourceType::host::<Opaque>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostOpaque::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "new-blob",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (data,): (::std::vec::Vec<u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::new_blob(host, data))
                    },
                )?;
                inst.func_wrap(
                    "blob-size",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (b,): (::canon_host::Resource<Blob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::blob_size(host, b))
                    },
                )?;
                inst.func_wrap(
                    "consume",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (b,): (::canon_host::Resource<Blob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::consume(host, b))
                    },
                )?;
                inst.func_wrap(
                    "echo-blob",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (b,): (::canon_host::Resource<Blob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_blob(host, b))
                    },
                )?;
                inst.func_wrap(
                    "echo-named",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (NamedBlob,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_named(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-named-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<NamedBlob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_named_list(host, x))
                    },
                )?;
                inst.func_wrap(
                    "view-lengths",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (views,): (::std::vec::Vec<BlobView>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::view_lengths(host, views))
                    },
                )?;
                inst.func_wrap(
                    "total-size",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (blobs,): (::std::vec::Vec<::canon_host::Resource<Blob>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::total_size(host, blobs))
                    },
                )?;
                inst.func_wrap(
                    "echo-blobs",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (blobs,): (::std::vec::Vec<::canon_host::Resource<Blob>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_blobs(host, blobs))
                    },
                )?;
                inst.func_wrap(
                    "maybe-blob",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<::canon_host::Resource<Blob>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_blob(host, x))
                    },
                )?;
                inst.func_wrap(
                    "open",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (name,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::open(host, name))
                    },
                )?;
                inst.func_wrap(
                    "pair",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            c,
                        ): (
                            ::canon_host::Resource<Blob>,
                            ::canon_host::Resource<Counter>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::pair(host, a, c))
                    },
                )?;
                inst.func_wrap(
                    "echo-handle-or-bytes",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (HandleOrBytes,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_handle_or_bytes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "mint-token",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (seed,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::mint_token(host, seed))
                    },
                )?;
                inst.func_wrap(
                    "wrap",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::canon_host::Resource<Opaque>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::wrap(host, x))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]blob",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (init,): (::std::vec::Vec<u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::new(host, init))
                    },
                )?;
                inst.func_wrap(
                    "[method]blob.size",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Blob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::size(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]blob.read",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_, offset, len): (::canon_host::Resource<Blob>, u64, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::read(host, self_, offset, len))
                    },
                )?;
                inst.func_wrap(
                    "[method]blob.write",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            data,
                        ): (::canon_host::Resource<Blob>, ::std::vec::Vec<u8>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::write(host, self_, data))
                    },
                )?;
                inst.func_wrap(
                    "[method]blob.duplicate",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Blob>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::duplicate(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]blob.same-contents",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            other,
                        ): (::canon_host::Resource<Blob>, ::canon_host::Resource<Blob>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::same_contents(host, self_, other))
                    },
                )?;
                inst.func_wrap(
                    "[static]blob.concat",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                        ): (::canon_host::Resource<Blob>, ::canon_host::Resource<Blob>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::concat(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "[static]blob.empty",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(HostBlob::empty(host))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]counter",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(HostCounter::new(host))
                    },
                )?;
                inst.func_wrap(
                    "[method]counter.increment",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Counter>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCounter::increment(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]counter.add-to",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            target,
                            amount,
                        ): (
                            ::canon_host::Resource<Counter>,
                            ::canon_host::Resource<Counter>,
                            u32,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCounter::add_to(host, self_, target, amount))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]parser",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (source,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostParser::new(host, source))
                    },
                )?;
                inst.func_wrap(
                    "[method]parser.next-token",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Parser>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostParser::next_token(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]token.value",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Token>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostToken::value(host, self_))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `resources`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Resources {
    instance: ::canon_host::Instance,
    test_resources_store: exports::test::resources::store::Guest,
}
impl Resources {
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
            test_resources_store: exports::test::resources::store::Guest::new(instance)?,
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
        U: test::resources::store::Host + 'static,
    {
        test::resources::store::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:resources/store`.
    pub fn test_resources_store(&self) -> &exports::test::resources::store::Guest {
        &self.test_resources_store
    }
}
