#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod handle_records {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod audit {
                pub type Counter = super::super::super::super::test::handle_records::store::Counter;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Detail {
                    pub text: ::std::string::String,
                    pub lines: ::std::vec::Vec<::std::string::String>,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct Entry {
                    pub detail: Detail,
                    pub counter: ::canon_host::Resource<Counter>,
                }
                /// The functions of the exported interface `test:handle-records/audit`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    check: ::canon_host::TypedFunc<(Entry,), u32>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:handle-records/audit")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:handle-records/audit`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            check: exports
                                .get_func("check")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/audit` has no function `check`"
                                        .into(),
                                ))?
                                .typed::<(Entry,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/audit`, function `check`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_check<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        e: Entry,
                    ) -> ::canon_host::Result<u32> {
                        self.check.call(store, (e,))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod store {
                /// The guest-defined resource `counter`, held by the host as a handle.
                pub type Counter = ::canon_host::ResourceAny;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct NameOnly {
                    pub name: ::std::string::String,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct Labelled {
                    pub counter: ::canon_host::ResourceAny,
                    pub name: NameOnly,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub enum Tagged {
                    Plain(NameOnly),
                    Counted(Labelled),
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Meta {
                    pub name: ::std::string::String,
                    pub tags: ::std::vec::Vec<::std::string::String>,
                }
                #[derive(::canon_host::ComponentType, Debug)]
                pub struct Lent {
                    pub meta: Meta,
                    pub counter: ::canon_host::ResourceAny,
                }
                /// The functions of the exported interface `test:handle-records/store`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    label_all: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Labelled>,),
                        u32,
                    >,
                    tag: ::canon_host::TypedFunc<(Tagged,), u32>,
                    inspect: ::canon_host::TypedFunc<(Lent,), u32>,
                    counter_constructor: ::canon_host::TypedFunc<
                        (u32,),
                        ::canon_host::ResourceAny,
                    >,
                    counter_method_value: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u32,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:handle-records/store")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:handle-records/store`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            label_all: exports
                                .get_func("label-all")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/store` has no function `label-all`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<Labelled>,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/store`, function `label-all`",
                                        e
                                    ),
                                ))?,
                            tag: exports
                                .get_func("tag")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/store` has no function `tag`"
                                        .into(),
                                ))?
                                .typed::<(Tagged,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/store`, function `tag`",
                                        e
                                    ),
                                ))?,
                            inspect: exports
                                .get_func("inspect")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/store` has no function `inspect`"
                                        .into(),
                                ))?
                                .typed::<(Lent,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/store`, function `inspect`",
                                        e
                                    ),
                                ))?,
                            counter_constructor: exports
                                .get_func("[constructor]counter")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/store` has no function `[constructor]counter`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/store`, function `[constructor]counter`",
                                        e
                                    ),
                                ))?,
                            counter_method_value: exports
                                .get_func("[method]counter.value")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:handle-records/store` has no function `[method]counter.value`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:handle-records/store`, function `[method]counter.value`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_label_all<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        entries: ::std::vec::Vec<Labelled>,
                    ) -> ::canon_host::Result<u32> {
                        self.label_all.call(store, (entries,))
                    }
                    pub fn call_tag<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        t: Tagged,
                    ) -> ::canon_host::Result<u32> {
                        self.tag.call(store, (t,))
                    }
                    pub fn call_inspect<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        l: Lent,
                    ) -> ::canon_host::Result<u32> {
                        self.inspect.call(store, (l,))
                    }
                    pub fn call_counter_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        start: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.counter_constructor.call(store, (start,))
                    }
                    pub fn call_counter_method_value<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.counter_method_value.call(store, (self_,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod handle_records {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod sink {
            pub type Counter = super::super::super::test::handle_records::store::Counter;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Note {
                pub text: ::std::string::String,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct Noted {
                pub counter: ::canon_host::Resource<Counter>,
                pub note: Note,
            }
            /// Only imported: its string records are used nowhere but in the
            /// parameters of imports.
            pub trait Host {
                fn send(
                    &mut self,
                    items: ::std::vec::Vec<Noted>,
                    maybe: ::core::option::Option<Noted>,
                    pair: ::core::option::Option<(::canon_host::Resource<Counter>, Note)>,
                );
            }
            /// Defines the functions of `test:handle-records/sink` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:handle-records/sink")?;
                inst.func_wrap(
                    "send",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            items,
                            maybe,
                            pair,
                        ): (
                            ::std::vec::Vec<Noted>,
                            ::core::option::Option<Noted>,
                            ::core::option::Option<
                                (::canon_host::Resource<Counter>, Note),
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::send(host, items, maybe, pair))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod store {
            /// The host-defined resource `counter`: its handles are `Resource<Counter>`.
            pub enum Counter {}
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct NameOnly {
                pub name: ::std::string::String,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct Labelled {
                pub counter: ::canon_host::Resource<Counter>,
                pub name: NameOnly,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub enum Tagged {
                Plain(NameOnly),
                Counted(Labelled),
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Meta {
                pub name: ::std::string::String,
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
            #[derive(::canon_host::ComponentType, Debug)]
            pub struct Lent {
                pub meta: Meta,
                pub counter: ::canon_host::Resource<Counter>,
            }
            /// The host's implementation of the resource `counter`.
            pub trait HostCounter {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Counter>,
                ) -> ::canon_host::Result<()>;
                fn new(&mut self, start: u32) -> ::canon_host::Resource<Counter>;
                fn value(&mut self, self_: ::canon_host::Resource<Counter>) -> u32;
            }
            pub trait Host: HostCounter {
                fn label_all(&mut self, entries: ::std::vec::Vec<Labelled>) -> u32;
                fn tag(&mut self, t: Tagged) -> u32;
                fn inspect(&mut self, l: Lent) -> u32;
            }
            /// Defines the functions of `test:handle-records/store` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:handle-records/store")?;
                inst.resource(
                    "counter",
                    ::canon_host::ResourceType::host::<Counter>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostCounter::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "label-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (entries,): (::std::vec::Vec<Labelled>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::label_all(host, entries))
                    },
                )?;
                inst.func_wrap(
                    "tag",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (t,): (Tagged,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::tag(host, t))
                    },
                )?;
                inst.func_wrap(
                    "inspect",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (l,): (Lent,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::inspect(host, l))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]counter",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (start,): (u32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCounter::new(host, start))
                    },
                )?;
                inst.func_wrap(
                    "[method]counter.value",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Counter>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCounter::value(host, self_))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `handle-records`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct HandleRecords {
    instance: ::canon_host::Instance,
    test_handle_records_store: exports::test::handle_records::store::Guest,
    test_handle_records_audit: exports::test::handle_records::audit::Guest,
}
impl HandleRecords {
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
            test_handle_records_store: exports::test::handle_records::store::Guest::new(
                instance,
            )?,
            test_handle_records_audit: exports::test::handle_records::audit::Guest::new(
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
        U: test::handle_records::store::Host + test::handle_records::sink::Host
            + 'static,
    {
        test::handle_records::store::add_to_linker(linker, get)?;
        test::handle_records::sink::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:handle-records/store`.
    pub fn test_handle_records_store(
        &self,
    ) -> &exports::test::handle_records::store::Guest {
        &self.test_handle_records_store
    }
    /// The exported interface `test:handle-records/audit`.
    pub fn test_handle_records_audit(
        &self,
    ) -> &exports::test::handle_records::audit::Guest {
        &self.test_handle_records_audit
    }
}
