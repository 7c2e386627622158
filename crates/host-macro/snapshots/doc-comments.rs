#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod doc_comments {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod documented {
                /// A record.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Item {
                    /// The item's name.
                    pub name: ::std::string::String,
                    /// Block doc comment on a field.
                    pub count: u32,
                }
                /// An enum.
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum State {
                    /// Not started.
                    Idle,
                    /// In progress.
                    Running,
                }
                /// A variant.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Outcome {
                    /// Worked.
                    Ok(Item),
                    /// Did not work.
                    Failed(::std::string::String),
                }
                ::canon_host::flags! {
                    #[doc = " Flags."] pub Mode { #[doc = " Read."] const READ; #[doc =
                    " Write."] const WRITE; }
                }
                /// An alias.
                pub type Items = ::std::vec::Vec<Item>;
                /// A resource.
                /// The guest-defined resource `cursor`, held by the host as a handle.
                pub type Cursor = ::canon_host::ResourceAny;
                /// The functions of the exported interface `test:doc-comments/documented`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_item: ::canon_host::TypedFunc<(Item,), Item>,
                    echo_rest: ::canon_host::TypedFunc<
                        (State, Outcome, Mode, Items),
                        (State, Outcome, Mode, Items),
                    >,
                    cursor_constructor: ::canon_host::TypedFunc<
                        (u32,),
                        ::canon_host::ResourceAny,
                    >,
                    cursor_method_next: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::core::option::Option<Item>,
                    >,
                    cursor_static_at: ::canon_host::TypedFunc<
                        (u32,),
                        ::canon_host::ResourceAny,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:doc-comments/documented")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:doc-comments/documented`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_item: exports
                                .get_func("echo-item")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:doc-comments/documented` has no function `echo-item`"
                                        .into(),
                                ))?
                                .typed::<(Item,), Item>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:doc-comments/documented`, function `echo-item`",
                                        e
                                    ),
                                ))?,
                            echo_rest: exports
                                .get_func("echo-rest")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:doc-comments/documented` has no function `echo-rest`"
                                        .into(),
                                ))?
                                .typed::<
                                    (State, Outcome, Mode, Items),
                                    (State, Outcome, Mode, Items),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:doc-comments/documented`, function `echo-rest`",
                                        e
                                    ),
                                ))?,
                            cursor_constructor: exports
                                .get_func("[constructor]cursor")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:doc-comments/documented` has no function `[constructor]cursor`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:doc-comments/documented`, function `[constructor]cursor`",
                                        e
                                    ),
                                ))?,
                            cursor_method_next: exports
                                .get_func("[method]cursor.next")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:doc-comments/documented` has no function `[method]cursor.next`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::core::option::Option<Item>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:doc-comments/documented`, function `[method]cursor.next`",
                                        e
                                    ),
                                ))?,
                            cursor_static_at: exports
                                .get_func("[static]cursor.at")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:doc-comments/documented` has no function `[static]cursor.at`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:doc-comments/documented`, function `[static]cursor.at`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    /// * A plain block comment /* nested */ that is not documentation. */
                    ///  Echo an item.
                    ///
                    ///  Docs with `code`, **markdown** and unicode: héllo → wörld ✓.
                    pub fn call_echo_item<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Item,
                    ) -> ::canon_host::Result<Item> {
                        self.echo_item.call(store, (x,))
                    }
                    /// Echo the rest.
                    pub fn call_echo_rest<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: State,
                        o: Outcome,
                        m: Mode,
                        i: Items,
                    ) -> ::canon_host::Result<(State, Outcome, Mode, Items)> {
                        self.echo_rest.call(store, (s, o, m, i))
                    }
                    /// Make one.
                    pub fn call_cursor_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        start: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.cursor_constructor.call(store, (start,))
                    }
                    /// Move forward.
                    pub fn call_cursor_method_next<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::core::option::Option<Item>> {
                        self.cursor_method_next.call(store, (self_,))
                    }
                    /// Make one another way.
                    pub fn call_cursor_static_at<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        pos: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.cursor_static_at.call(store, (pos,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod doc_comments {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod documented {
            /// A record.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Item {
                /// The item's name.
                pub name: ::std::string::String,
                /// Block doc comment on a field.
                pub count: u32,
            }
            /// An enum.
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum State {
                /// Not started.
                Idle,
                /// In progress.
                Running,
            }
            /// A variant.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Outcome {
                /// Worked.
                Ok(Item),
                /// Did not work.
                Failed(::std::string::String),
            }
            ::canon_host::flags! {
                #[doc = " Flags."] pub Mode { #[doc = " Read."] const READ; #[doc =
                " Write."] const WRITE; }
            }
            /// An alias.
            pub type Items = ::std::vec::Vec<Item>;
            /// A resource.
            /// The host-defined resource `cursor`: its handles are `Resource<Cursor>`.
            pub enum Cursor {}
            /// A resource.
            /// The host's implementation of the resource `cursor`.
            pub trait HostCursor {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Cursor>,
                ) -> ::canon_host::Result<()>;
                /// Make one.
                fn new(&mut self, start: u32) -> ::canon_host::Resource<Cursor>;
                /// Move forward.
                fn next(
                    &mut self,
                    self_: ::canon_host::Resource<Cursor>,
                ) -> ::core::option::Option<Item>;
                /// Make one another way.
                fn at(&mut self, pos: u32) -> ::canon_host::Resource<Cursor>;
            }
            /// An interface with documentation everywhere.
            ///
            /// A second paragraph, after an empty doc line.
            pub trait Host: HostCursor {
                /// * A plain block comment /* nested */ that is not documentation. */
                ///  Echo an item.
                ///
                ///  Docs with `code`, **markdown** and unicode: héllo → wörld ✓.
                fn echo_item(&mut self, x: Item) -> Item;
                /// Echo the rest.
                fn echo_rest(
                    &mut self,
                    s: State,
                    o: Outcome,
                    m: Mode,
                    i: Items,
                ) -> (State, Outcome, Mode, Items);
            }
            /// Defines the functions of `test:doc-comments/documented` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:doc-comments/documented")?;
                inst.resource(
                    "cursor",
                    ::canon_host::ResourceType::host::<Cursor>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostCursor::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "echo-item",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Item,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_item(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-rest",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s, o, m, i): (State, Outcome, Mode, Items)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_rest(host, s, o, m, i))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]cursor",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (start,): (u32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCursor::new(host, start))
                    },
                )?;
                inst.func_wrap(
                    "[method]cursor.next",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Cursor>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCursor::next(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[static]cursor.at",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (pos,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(HostCursor::at(host, pos))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `doc-comments`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct DocComments {
    instance: ::canon_host::Instance,
    test_doc_comments_documented: exports::test::doc_comments::documented::Guest,
    describe: ::canon_host::TypedFunc<(), ::std::string::String>,
}
impl DocComments {
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
            test_doc_comments_documented: exports::test::doc_comments::documented::Guest::new(
                instance,
            )?,
            describe: exports
                .get_func("describe")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `describe`".into(),
                ))?
                .typed::<(), ::std::string::String>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `describe`", e),
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
        U: test::doc_comments::documented::Host + 'static,
    {
        test::doc_comments::documented::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:doc-comments/documented`.
    pub fn test_doc_comments_documented(
        &self,
    ) -> &exports::test::doc_comments::documented::Guest {
        &self.test_doc_comments_documented
    }
    /// Documented world-level function.
    pub fn call_describe<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<::std::string::String> {
        self.describe.call(store, ())
    }
}
