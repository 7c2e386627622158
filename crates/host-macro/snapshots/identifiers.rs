#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod identifiers {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod naming {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct XmlNode {
                    pub tag_name: ::std::string::String,
                    #[component(name = "HTML-id")]
                    pub html_id: ::core::option::Option<::std::string::String>,
                    pub child_count: u32,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum HttpMethod {
                    #[component(name = "GET")]
                    Get,
                    #[component(name = "POST")]
                    Post,
                    Put,
                    DeleteAll,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum V2 {
                    A,
                    B1(u8),
                    C2d3(u16),
                    #[component(name = "IPV4")]
                    Ipv4((u8, u8, u8, u8)),
                    Ipv6Addr(::std::vec::Vec<u16>),
                }
                ::canon_host::flags! {
                    pub F { const X; const Y; const Z9; }
                }
                /// The guest-defined resource `URL-parser`, held by the host as a handle.
                pub type UrlParser = ::canon_host::ResourceAny;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct AVeryLongRecordNameWithManyWordsInIt {
                    pub a_very_long_field_name_with_many_words_in_it: u32,
                    pub x: u8,
                }
                /// The functions of the exported interface `test:identifiers/naming`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    parse_xml_document: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        XmlNode,
                    >,
                    get_url: ::canon_host::TypedFunc<
                        (HttpMethod, ::std::string::String),
                        HttpMethod,
                    >,
                    echo_v2: ::canon_host::TypedFunc<(V2,), V2>,
                    g: ::canon_host::TypedFunc<(F,), F>,
                    a: ::canon_host::TypedFunc<(u8, u8, u8), u8>,
                    a_b: ::canon_host::TypedFunc<(u8,), u8>,
                    ab: ::canon_host::TypedFunc<(u8,), u8>,
                    x1y2z3: ::canon_host::TypedFunc<(u32,), u32>,
                    a_very_long_function_name_with_many_words_in_it: ::canon_host::TypedFunc<
                        (AVeryLongRecordNameWithManyWordsInIt,),
                        AVeryLongRecordNameWithManyWordsInIt,
                    >,
                    url_parser_constructor: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::canon_host::ResourceAny,
                    >,
                    url_parser_method_parse_url: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny, ::std::string::String),
                        ::core::result::Result<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:identifiers/naming")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:identifiers/naming`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            parse_xml_document: exports
                                .get_func("parse-XML-document")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `parse-XML-document`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), XmlNode>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `parse-XML-document`",
                                        e
                                    ),
                                ))?,
                            get_url: exports
                                .get_func("get-URL")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `get-URL`"
                                        .into(),
                                ))?
                                .typed::<(HttpMethod, ::std::string::String), HttpMethod>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `get-URL`",
                                        e
                                    ),
                                ))?,
                            echo_v2: exports
                                .get_func("echo-v2")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `echo-v2`"
                                        .into(),
                                ))?
                                .typed::<(V2,), V2>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `echo-v2`",
                                        e
                                    ),
                                ))?,
                            g: exports
                                .get_func("g")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `g`"
                                        .into(),
                                ))?
                                .typed::<(F,), F>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `g`",
                                        e
                                    ),
                                ))?,
                            a: exports
                                .get_func("a")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `a`"
                                        .into(),
                                ))?
                                .typed::<(u8, u8, u8), u8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `a`",
                                        e
                                    ),
                                ))?,
                            a_b: exports
                                .get_func("a-b")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `a-b`"
                                        .into(),
                                ))?
                                .typed::<(u8,), u8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `a-b`",
                                        e
                                    ),
                                ))?,
                            ab: exports
                                .get_func("ab")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `ab`"
                                        .into(),
                                ))?
                                .typed::<(u8,), u8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `ab`",
                                        e
                                    ),
                                ))?,
                            x1y2z3: exports
                                .get_func("x1y2z3")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `x1y2z3`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `x1y2z3`",
                                        e
                                    ),
                                ))?,
                            a_very_long_function_name_with_many_words_in_it: exports
                                .get_func("a-very-long-function-name-with-many-words-in-it")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `a-very-long-function-name-with-many-words-in-it`"
                                        .into(),
                                ))?
                                .typed::<
                                    (AVeryLongRecordNameWithManyWordsInIt,),
                                    AVeryLongRecordNameWithManyWordsInIt,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `a-very-long-function-name-with-many-words-in-it`",
                                        e
                                    ),
                                ))?,
                            url_parser_constructor: exports
                                .get_func("[constructor]URL-parser")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `[constructor]URL-parser`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `[constructor]URL-parser`",
                                        e
                                    ),
                                ))?,
                            url_parser_method_parse_url: exports
                                .get_func("[method]URL-parser.parse-URL")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:identifiers/naming` has no function `[method]URL-parser.parse-URL`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny, ::std::string::String),
                                    ::core::result::Result<
                                        ::std::string::String,
                                        ::std::string::String,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:identifiers/naming`, function `[method]URL-parser.parse-URL`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_parse_xml_document<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<XmlNode> {
                        self.parse_xml_document.call(store, (s,))
                    }
                    pub fn call_get_url<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        m: HttpMethod,
                        u: ::std::string::String,
                    ) -> ::canon_host::Result<HttpMethod> {
                        self.get_url.call(store, (m, u))
                    }
                    pub fn call_echo_v2<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: V2,
                    ) -> ::canon_host::Result<V2> {
                        self.echo_v2.call(store, (x,))
                    }
                    pub fn call_g<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        f: F,
                    ) -> ::canon_host::Result<F> {
                        self.g.call(store, (f,))
                    }
                    pub fn call_a<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: u8,
                        b: u8,
                        c: u8,
                    ) -> ::canon_host::Result<u8> {
                        self.a.call(store, (a, b, c))
                    }
                    pub fn call_a_b<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ab: u8,
                    ) -> ::canon_host::Result<u8> {
                        self.a_b.call(store, (ab,))
                    }
                    pub fn call_ab<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a_b: u8,
                    ) -> ::canon_host::Result<u8> {
                        self.ab.call(store, (a_b,))
                    }
                    pub fn call_x1y2z3<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        v1: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.x1y2z3.call(store, (v1,))
                    }
                    pub fn call_a_very_long_function_name_with_many_words_in_it<
                        S: Send + 'static,
                    >(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: AVeryLongRecordNameWithManyWordsInIt,
                    ) -> ::canon_host::Result<AVeryLongRecordNameWithManyWordsInIt> {
                        self.a_very_long_function_name_with_many_words_in_it
                            .call(store, (p,))
                    }
                    pub fn call_url_parser_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        base: ::std::string::String,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.url_parser_constructor.call(store, (base,))
                    }
                    pub fn call_url_parser_method_parse_url<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        input: ::std::string::String,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::std::string::String,
                            ::std::string::String,
                        >,
                    > {
                        self.url_parser_method_parse_url.call(store, (self_, input))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod identifiers {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod naming {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct XmlNode {
                pub tag_name: ::std::string::String,
                #[component(name = "HTML-id")]
                pub html_id: ::core::option::Option<::std::string::String>,
                pub child_count: u32,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum HttpMethod {
                #[component(name = "GET")]
                Get,
                #[component(name = "POST")]
                Post,
                Put,
                DeleteAll,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum V2 {
                A,
                B1(u8),
                C2d3(u16),
                #[component(name = "IPV4")]
                Ipv4((u8, u8, u8, u8)),
                Ipv6Addr(::std::vec::Vec<u16>),
            }
            ::canon_host::flags! {
                pub F { const X; const Y; const Z9; }
            }
            /// The host-defined resource `URL-parser`: its handles are `Resource<UrlParser>`.
            pub enum UrlParser {}
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct AVeryLongRecordNameWithManyWordsInIt {
                pub a_very_long_field_name_with_many_words_in_it: u32,
                pub x: u8,
            }
            /// The host's implementation of the resource `URL-parser`.
            pub trait HostUrlParser {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<UrlParser>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    base: ::std::string::String,
                ) -> ::canon_host::Resource<UrlParser>;
                fn parse_url(
                    &mut self,
                    self_: ::canon_host::Resource<UrlParser>,
                    input: ::std::string::String,
                ) -> ::core::result::Result<
                    ::std::string::String,
                    ::std::string::String,
                >;
            }
            pub trait Host: HostUrlParser {
                fn parse_xml_document(&mut self, s: ::std::string::String) -> XmlNode;
                fn get_url(
                    &mut self,
                    m: HttpMethod,
                    u: ::std::string::String,
                ) -> HttpMethod;
                fn echo_v2(&mut self, x: V2) -> V2;
                fn g(&mut self, f: F) -> F;
                fn a(&mut self, a: u8, b: u8, c: u8) -> u8;
                fn a_b(&mut self, ab: u8) -> u8;
                fn ab(&mut self, a_b: u8) -> u8;
                fn x1y2z3(&mut self, v1: u32) -> u32;
                fn a_very_long_function_name_with_many_words_in_it(
                    &mut self,
                    p: AVeryLongRecordNameWithManyWordsInIt,
                ) -> AVeryLongRecordNameWithManyWordsInIt;
            }
            /// Defines the functions of `test:identifiers/naming` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:identifiers/naming")?;
                inst.resource(
                    "URL-parser",
                    ::canon_host::ResourceType::host::<UrlParser>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostUrlParser::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "parse-XML-document",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::parse_xml_document(host, s))
                    },
                )?;
                inst.func_wrap(
                    "get-URL",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (m, u): (HttpMethod, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::get_url(host, m, u))
                    },
                )?;
                inst.func_wrap(
                    "echo-v2",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (V2,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_v2(host, x))
                    },
                )?;
                inst.func_wrap(
                    "g",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (f,): (F,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::g(host, f))
                    },
                )?;
                inst.func_wrap(
                    "a",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c): (u8, u8, u8)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::a(host, a, b, c))
                    },
                )?;
                inst.func_wrap(
                    "a-b",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (ab,): (u8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::a_b(host, ab))
                    },
                )?;
                inst.func_wrap(
                    "ab",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (a_b,): (u8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::ab(host, a_b))
                    },
                )?;
                inst.func_wrap(
                    "x1y2z3",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (v1,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::x1y2z3(host, v1))
                    },
                )?;
                inst.func_wrap(
                    "a-very-long-function-name-with-many-words-in-it",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (p,): (AVeryLongRecordNameWithManyWordsInIt,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::a_very_long_function_name_with_many_words_in_it(
                                host,
                                p,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "[constructor]URL-parser",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (base,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostUrlParser::new(host, base))
                    },
                )?;
                inst.func_wrap(
                    "[method]URL-parser.parse-URL",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            input,
                        ): (::canon_host::Resource<UrlParser>, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostUrlParser::parse_url(host, self_, input))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `identifiers`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Identifiers {
    instance: ::canon_host::Instance,
    test_identifiers_naming: exports::test::identifiers::naming::Guest,
}
impl Identifiers {
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
            test_identifiers_naming: exports::test::identifiers::naming::Guest::new(
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
        U: test::identifiers::naming::Host + 'static,
    {
        test::identifiers::naming::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:identifiers/naming`.
    pub fn test_identifiers_naming(&self) -> &exports::test::identifiers::naming::Guest {
        &self.test_identifiers_naming
    }
}
