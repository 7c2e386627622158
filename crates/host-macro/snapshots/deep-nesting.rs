#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod deep_nesting {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod nested {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Leaf {
                    pub id: u32,
                    pub tags: ::std::vec::Vec<::std::string::String>,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Node {
                    Empty,
                    Leaf(Leaf),
                    Pair((Leaf, ::core::option::Option<Leaf>)),
                    Many(::std::vec::Vec<Leaf>),
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Branch {
                    pub node: Node,
                    pub weights: ::std::vec::Vec<::core::option::Option<f64>>,
                }
                pub type Monster = ::std::vec::Vec<
                    ::core::option::Option<
                        ::core::result::Result<
                            (u8, ::std::vec::Vec<::std::string::String>),
                            ::std::vec::Vec<::core::option::Option<char>>,
                        >,
                    >,
                >;
                /// The functions of the exported interface `test:deep-nesting/nested`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_monster: ::canon_host::TypedFunc<(Monster,), Monster>,
                    echo_branch: ::canon_host::TypedFunc<(Branch,), Branch>,
                    echo_branches: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::vec::Vec<Branch>>,),
                        ::std::vec::Vec<::std::vec::Vec<Branch>>,
                    >,
                    echo_deep_option: ::canon_host::TypedFunc<
                        (
                            ::core::option::Option<
                                ::core::option::Option<
                                    ::core::option::Option<::core::option::Option<u16>>,
                                >,
                            >,
                        ),
                        ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::core::option::Option<u16>>,
                            >,
                        >,
                    >,
                    echo_deep_result: ::canon_host::TypedFunc<
                        (
                            ::core::result::Result<
                                ::core::result::Result<
                                    ::core::result::Result<u8, i8>,
                                    ::std::string::String,
                                >,
                                ::std::vec::Vec<u8>,
                            >,
                        ),
                        ::core::result::Result<
                            ::core::result::Result<
                                ::core::result::Result<u8, i8>,
                                ::std::string::String,
                            >,
                            ::std::vec::Vec<u8>,
                        >,
                    >,
                    echo_deep_tuple: ::canon_host::TypedFunc<
                        (((((f32, ::std::string::String),),),),),
                        ((((f32, ::std::string::String),),),),
                    >,
                    echo_deep_list: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<
                                ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                            >,
                        ),
                        ::std::vec::Vec<
                            ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
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
                            .get_instance("test:deep-nesting/nested")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:deep-nesting/nested`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_monster: exports
                                .get_func("echo-monster")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-monster`"
                                        .into(),
                                ))?
                                .typed::<(Monster,), Monster>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-monster`",
                                        e
                                    ),
                                ))?,
                            echo_branch: exports
                                .get_func("echo-branch")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-branch`"
                                        .into(),
                                ))?
                                .typed::<(Branch,), Branch>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-branch`",
                                        e
                                    ),
                                ))?,
                            echo_branches: exports
                                .get_func("echo-branches")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-branches`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::vec::Vec<Branch>>,),
                                    ::std::vec::Vec<::std::vec::Vec<Branch>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-branches`",
                                        e
                                    ),
                                ))?,
                            echo_deep_option: exports
                                .get_func("echo-deep-option")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-deep-option`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::option::Option<
                                            ::core::option::Option<
                                                ::core::option::Option<::core::option::Option<u16>>,
                                            >,
                                        >,
                                    ),
                                    ::core::option::Option<
                                        ::core::option::Option<
                                            ::core::option::Option<::core::option::Option<u16>>,
                                        >,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-deep-option`",
                                        e
                                    ),
                                ))?,
                            echo_deep_result: exports
                                .get_func("echo-deep-result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-deep-result`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::result::Result<
                                            ::core::result::Result<
                                                ::core::result::Result<u8, i8>,
                                                ::std::string::String,
                                            >,
                                            ::std::vec::Vec<u8>,
                                        >,
                                    ),
                                    ::core::result::Result<
                                        ::core::result::Result<
                                            ::core::result::Result<u8, i8>,
                                            ::std::string::String,
                                        >,
                                        ::std::vec::Vec<u8>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-deep-result`",
                                        e
                                    ),
                                ))?,
                            echo_deep_tuple: exports
                                .get_func("echo-deep-tuple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-deep-tuple`"
                                        .into(),
                                ))?
                                .typed::<
                                    (((((f32, ::std::string::String),),),),),
                                    ((((f32, ::std::string::String),),),),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-deep-tuple`",
                                        e
                                    ),
                                ))?,
                            echo_deep_list: exports
                                .get_func("echo-deep-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:deep-nesting/nested` has no function `echo-deep-list`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<
                                            ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                                        >,
                                    ),
                                    ::std::vec::Vec<
                                        ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:deep-nesting/nested`, function `echo-deep-list`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_monster<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Monster,
                    ) -> ::canon_host::Result<Monster> {
                        self.echo_monster.call(store, (x,))
                    }
                    pub fn call_echo_branch<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Branch,
                    ) -> ::canon_host::Result<Branch> {
                        self.echo_branch.call(store, (x,))
                    }
                    pub fn call_echo_branches<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::std::vec::Vec<Branch>>,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::vec::Vec<Branch>>> {
                        self.echo_branches.call(store, (x,))
                    }
                    pub fn call_echo_deep_option<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::core::option::Option<u16>>,
                            >,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<
                            ::core::option::Option<
                                ::core::option::Option<::core::option::Option<u16>>,
                            >,
                        >,
                    > {
                        self.echo_deep_option.call(store, (x,))
                    }
                    pub fn call_echo_deep_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<
                            ::core::result::Result<
                                ::core::result::Result<u8, i8>,
                                ::std::string::String,
                            >,
                            ::std::vec::Vec<u8>,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::core::result::Result<
                                ::core::result::Result<u8, i8>,
                                ::std::string::String,
                            >,
                            ::std::vec::Vec<u8>,
                        >,
                    > {
                        self.echo_deep_result.call(store, (x,))
                    }
                    pub fn call_echo_deep_tuple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ((((f32, ::std::string::String),),),),
                    ) -> ::canon_host::Result<((((f32, ::std::string::String),),),)> {
                        self.echo_deep_tuple.call(store, (x,))
                    }
                    pub fn call_echo_deep_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<
                            ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                        >,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<
                            ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                        >,
                    > {
                        self.echo_deep_list.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod deep_nesting {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod nested {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Leaf {
                pub id: u32,
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Node {
                Empty,
                Leaf(Leaf),
                Pair((Leaf, ::core::option::Option<Leaf>)),
                Many(::std::vec::Vec<Leaf>),
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Branch {
                pub node: Node,
                pub weights: ::std::vec::Vec<::core::option::Option<f64>>,
            }
            pub type Monster = ::std::vec::Vec<
                ::core::option::Option<
                    ::core::result::Result<
                        (u8, ::std::vec::Vec<::std::string::String>),
                        ::std::vec::Vec<::core::option::Option<char>>,
                    >,
                >,
            >;
            pub trait Host {
                fn echo_monster(&mut self, x: Monster) -> Monster;
                fn echo_branch(&mut self, x: Branch) -> Branch;
                fn echo_branches(
                    &mut self,
                    x: ::std::vec::Vec<::std::vec::Vec<Branch>>,
                ) -> ::std::vec::Vec<::std::vec::Vec<Branch>>;
                fn echo_deep_option(
                    &mut self,
                    x: ::core::option::Option<
                        ::core::option::Option<
                            ::core::option::Option<::core::option::Option<u16>>,
                        >,
                    >,
                ) -> ::core::option::Option<
                    ::core::option::Option<
                        ::core::option::Option<::core::option::Option<u16>>,
                    >,
                >;
                fn echo_deep_result(
                    &mut self,
                    x: ::core::result::Result<
                        ::core::result::Result<
                            ::core::result::Result<u8, i8>,
                            ::std::string::String,
                        >,
                        ::std::vec::Vec<u8>,
                    >,
                ) -> ::core::result::Result<
                    ::core::result::Result<
                        ::core::result::Result<u8, i8>,
                        ::std::string::String,
                    >,
                    ::std::vec::Vec<u8>,
                >;
                fn echo_deep_tuple(
                    &mut self,
                    x: ((((f32, ::std::string::String),),),),
                ) -> ((((f32, ::std::string::String),),),);
                fn echo_deep_list(
                    &mut self,
                    x: ::std::vec::Vec<
                        ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                    >,
                ) -> ::std::vec::Vec<
                    ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                >;
            }
            /// Defines the functions of `test:deep-nesting/nested` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:deep-nesting/nested")?;
                inst.func_wrap(
                    "echo-monster",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Monster,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_monster(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-branch",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Branch,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_branch(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-branches",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::std::vec::Vec<Branch>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_branches(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-deep-option",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::option::Option<
                                ::core::option::Option<
                                    ::core::option::Option<::core::option::Option<u16>>,
                                >,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_deep_option(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-deep-result",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::result::Result<
                                ::core::result::Result<
                                    ::core::result::Result<u8, i8>,
                                    ::std::string::String,
                                >,
                                ::std::vec::Vec<u8>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_deep_result(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-deep-tuple",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (((((f32, ::std::string::String),),),),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_deep_tuple(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-deep-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::std::vec::Vec<
                                ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<i64>>>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_deep_list(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `deep-nesting`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct DeepNesting {
    instance: ::canon_host::Instance,
    test_deep_nesting_nested: exports::test::deep_nesting::nested::Guest,
}
impl DeepNesting {
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
            test_deep_nesting_nested: exports::test::deep_nesting::nested::Guest::new(
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
        U: test::deep_nesting::nested::Host + 'static,
    {
        test::deep_nesting::nested::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:deep-nesting/nested`.
    pub fn test_deep_nesting_nested(
        &self,
    ) -> &exports::test::deep_nesting::nested::Guest {
        &self.test_deep_nesting_nested
    }
}
