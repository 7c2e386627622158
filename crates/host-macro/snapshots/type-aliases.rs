#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod type_aliases {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod aliases {
                pub type Byte = u8;
                pub type Octet = Byte;
                pub type Raw = Octet;
                pub type Bytes = ::std::vec::Vec<Raw>;
                pub type Name = ::std::string::String;
                pub type Names = ::std::vec::Vec<Name>;
                pub type Pair = (Name, Octet);
                pub type MaybeName = ::core::option::Option<Name>;
                pub type Outcome = ::core::result::Result<Bytes, Name>;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Entry {
                    pub key: Name,
                    pub value: Bytes,
                }
                pub type EntryAlias = Entry;
                pub type Entries = ::std::vec::Vec<EntryAlias>;
                /// The guest-defined resource `thing`, held by the host as a handle.
                pub type Thing = ::canon_host::ResourceAny;
                pub type ThingAlias = Thing;
                pub type Things = ::std::vec::Vec<::canon_host::ResourceAny>;
                /// The functions of the exported interface `test:type-aliases/aliases`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_raw: ::canon_host::TypedFunc<(Raw,), Byte>,
                    echo_bytes: ::canon_host::TypedFunc<(Bytes,), ::std::vec::Vec<u8>>,
                    echo_names: ::canon_host::TypedFunc<(Names,), Names>,
                    echo_pair: ::canon_host::TypedFunc<
                        (Pair,),
                        (::std::string::String, u8),
                    >,
                    echo_maybe: ::canon_host::TypedFunc<(MaybeName,), MaybeName>,
                    echo_outcome: ::canon_host::TypedFunc<(Outcome,), Outcome>,
                    echo_entries: ::canon_host::TypedFunc<
                        (Entries,),
                        ::std::vec::Vec<Entry>,
                    >,
                    echo_things: ::canon_host::TypedFunc<(Things,), Things>,
                    make_thing: ::canon_host::TypedFunc<
                        (Name,),
                        ::canon_host::ResourceAny,
                    >,
                    thing_constructor: ::canon_host::TypedFunc<
                        (Name,),
                        ::canon_host::ResourceAny,
                    >,
                    thing_method_label: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        Name,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:type-aliases/aliases")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:type-aliases/aliases`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_raw: exports
                                .get_func("echo-raw")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-raw`"
                                        .into(),
                                ))?
                                .typed::<(Raw,), Byte>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-raw`",
                                        e
                                    ),
                                ))?,
                            echo_bytes: exports
                                .get_func("echo-bytes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-bytes`"
                                        .into(),
                                ))?
                                .typed::<(Bytes,), ::std::vec::Vec<u8>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-bytes`",
                                        e
                                    ),
                                ))?,
                            echo_names: exports
                                .get_func("echo-names")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-names`"
                                        .into(),
                                ))?
                                .typed::<(Names,), Names>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-names`",
                                        e
                                    ),
                                ))?,
                            echo_pair: exports
                                .get_func("echo-pair")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-pair`"
                                        .into(),
                                ))?
                                .typed::<(Pair,), (::std::string::String, u8)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-pair`",
                                        e
                                    ),
                                ))?,
                            echo_maybe: exports
                                .get_func("echo-maybe")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-maybe`"
                                        .into(),
                                ))?
                                .typed::<(MaybeName,), MaybeName>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-maybe`",
                                        e
                                    ),
                                ))?,
                            echo_outcome: exports
                                .get_func("echo-outcome")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-outcome`"
                                        .into(),
                                ))?
                                .typed::<(Outcome,), Outcome>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-outcome`",
                                        e
                                    ),
                                ))?,
                            echo_entries: exports
                                .get_func("echo-entries")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-entries`"
                                        .into(),
                                ))?
                                .typed::<(Entries,), ::std::vec::Vec<Entry>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-entries`",
                                        e
                                    ),
                                ))?,
                            echo_things: exports
                                .get_func("echo-things")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `echo-things`"
                                        .into(),
                                ))?
                                .typed::<(Things,), Things>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `echo-things`",
                                        e
                                    ),
                                ))?,
                            make_thing: exports
                                .get_func("make-thing")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `make-thing`"
                                        .into(),
                                ))?
                                .typed::<(Name,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `make-thing`",
                                        e
                                    ),
                                ))?,
                            thing_constructor: exports
                                .get_func("[constructor]thing")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `[constructor]thing`"
                                        .into(),
                                ))?
                                .typed::<(Name,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `[constructor]thing`",
                                        e
                                    ),
                                ))?,
                            thing_method_label: exports
                                .get_func("[method]thing.label")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:type-aliases/aliases` has no function `[method]thing.label`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), Name>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:type-aliases/aliases`, function `[method]thing.label`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_raw<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Raw,
                    ) -> ::canon_host::Result<Byte> {
                        self.echo_raw.call(store, (x,))
                    }
                    pub fn call_echo_bytes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Bytes,
                    ) -> ::canon_host::Result<::std::vec::Vec<u8>> {
                        self.echo_bytes.call(store, (x,))
                    }
                    pub fn call_echo_names<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Names,
                    ) -> ::canon_host::Result<Names> {
                        self.echo_names.call(store, (x,))
                    }
                    pub fn call_echo_pair<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Pair,
                    ) -> ::canon_host::Result<(::std::string::String, u8)> {
                        self.echo_pair.call(store, (x,))
                    }
                    pub fn call_echo_maybe<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: MaybeName,
                    ) -> ::canon_host::Result<MaybeName> {
                        self.echo_maybe.call(store, (x,))
                    }
                    pub fn call_echo_outcome<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Outcome,
                    ) -> ::canon_host::Result<Outcome> {
                        self.echo_outcome.call(store, (x,))
                    }
                    pub fn call_echo_entries<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Entries,
                    ) -> ::canon_host::Result<::std::vec::Vec<Entry>> {
                        self.echo_entries.call(store, (x,))
                    }
                    pub fn call_echo_things<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Things,
                    ) -> ::canon_host::Result<Things> {
                        self.echo_things.call(store, (x,))
                    }
                    pub fn call_make_thing<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        n: Name,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.make_thing.call(store, (n,))
                    }
                    pub fn call_thing_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        n: Name,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.thing_constructor.call(store, (n,))
                    }
                    pub fn call_thing_method_label<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<Name> {
                        self.thing_method_label.call(store, (self_,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod type_aliases {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod aliases {
            pub type Byte = u8;
            pub type Octet = Byte;
            pub type Raw = Octet;
            pub type Bytes = ::std::vec::Vec<Raw>;
            pub type Name = ::std::string::String;
            pub type Names = ::std::vec::Vec<Name>;
            pub type Pair = (Name, Octet);
            pub type MaybeName = ::core::option::Option<Name>;
            pub type Outcome = ::core::result::Result<Bytes, Name>;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Entry {
                pub key: Name,
                pub value: Bytes,
            }
            pub type EntryAlias = Entry;
            pub type Entries = ::std::vec::Vec<EntryAlias>;
            /// The host-defined resource `thing`: its handles are `Resource<Thing>`.
            pub enum Thing {}
            pub type ThingAlias = Thing;
            pub type Things = ::std::vec::Vec<::canon_host::Resource<ThingAlias>>;
            /// The host's implementation of the resource `thing`.
            pub trait HostThing {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Thing>,
                ) -> ::canon_host::Result<()>;
                fn new(&mut self, n: Name) -> ::canon_host::Resource<Thing>;
                fn label(&mut self, self_: ::canon_host::Resource<Thing>) -> Name;
            }
            pub trait Host: HostThing {
                fn echo_raw(&mut self, x: Raw) -> Byte;
                fn echo_bytes(&mut self, x: Bytes) -> ::std::vec::Vec<u8>;
                fn echo_names(&mut self, x: Names) -> Names;
                fn echo_pair(&mut self, x: Pair) -> (::std::string::String, u8);
                fn echo_maybe(&mut self, x: MaybeName) -> MaybeName;
                fn echo_outcome(&mut self, x: Outcome) -> Outcome;
                fn echo_entries(&mut self, x: Entries) -> ::std::vec::Vec<Entry>;
                fn echo_things(&mut self, x: Things) -> Things;
                fn make_thing(&mut self, n: Name) -> ::canon_host::Resource<ThingAlias>;
            }
            /// Defines the functions of `test:type-aliases/aliases` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:type-aliases/aliases")?;
                inst.resource(
                    "thing",
                    ::canon_host::ResourceType::host::<Thing>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostThing::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "echo-raw",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Raw,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_raw(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-bytes",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Bytes,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_bytes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-names",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Names,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_names(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-pair",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Pair,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_pair(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-maybe",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (MaybeName,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_maybe(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-outcome",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Outcome,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_outcome(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-entries",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Entries,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_entries(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-things",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Things,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_things(host, x))
                    },
                )?;
                inst.func_wrap(
                    "make-thing",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (n,): (Name,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::make_thing(host, n))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]thing",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (n,): (Name,)| {
                        let host = get(cx.data_mut());
                        Ok(HostThing::new(host, n))
                    },
                )?;
                inst.func_wrap(
                    "[method]thing.label",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Thing>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostThing::label(host, self_))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `type-aliases`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct TypeAliases {
    instance: ::canon_host::Instance,
    test_type_aliases_aliases: exports::test::type_aliases::aliases::Guest,
}
impl TypeAliases {
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
            test_type_aliases_aliases: exports::test::type_aliases::aliases::Guest::new(
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
        U: test::type_aliases::aliases::Host + 'static,
    {
        test::type_aliases::aliases::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:type-aliases/aliases`.
    pub fn test_type_aliases_aliases(
        &self,
    ) -> &exports::test::type_aliases::aliases::Guest {
        &self.test_type_aliases_aliases
    }
}
