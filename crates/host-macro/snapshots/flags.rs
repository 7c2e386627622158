#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod flags {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod flag_sets {
                ::canon_host::flags! {
                    #[doc = " 1 member: u8 representation."] pub One { const ONLY; }
                }
                ::canon_host::flags! {
                    #[doc = " 8 members: still u8."] pub Eight { const READ; const WRITE;
                    const EXECUTE; const HIDDEN; const SYSTEM; const ARCHIVE; const
                    TEMPORARY; const COMPRESSED; }
                }
                ::canon_host::flags! {
                    #[doc = " 9 members: smallest u16."] pub Nine { const N0; const N1;
                    const N2; const N3; const N4; const N5; const N6; const N7; const N8;
                    }
                }
                ::canon_host::flags! {
                    #[doc = " 16 members: largest u16."] pub Sixteen { const H0; const
                    H1; const H2; const H3; const H4; const H5; const H6; const H7; const
                    H8; const H9; const H10; const H11; const H12; const H13; const H14;
                    const H15; }
                }
                ::canon_host::flags! {
                    #[doc = " 17 members: smallest u32."] pub Seventeen { const T0; const
                    T1; const T2; const T3; const T4; const T5; const T6; const T7; const
                    T8; const T9; const T10; const T11; const T12; const T13; const T14;
                    const T15; const T16; }
                }
                ::canon_host::flags! {
                    #[doc = " 32 members: largest single u32."] pub ThirtyTwo { const B0;
                    const B1; const B2; const B3; const B4; const B5; const B6; const B7;
                    const B8; const B9; const B10; const B11; const B12; const B13; const
                    B14; const B15; const B16; const B17; const B18; const B19; const
                    B20; const B21; const B22; const B23; const B24; const B25; const
                    B26; const B27; const B28; const B29; const B30; const B31; }
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Permissions {
                    pub owner: Eight,
                    pub group: Eight,
                    pub extra: Sixteen,
                }
                /// The functions of the exported interface `test:flags/flag-sets`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_one: ::canon_host::TypedFunc<(One,), One>,
                    echo_eight: ::canon_host::TypedFunc<(Eight,), Eight>,
                    echo_nine: ::canon_host::TypedFunc<(Nine,), Nine>,
                    echo_sixteen: ::canon_host::TypedFunc<(Sixteen,), Sixteen>,
                    echo_seventeen: ::canon_host::TypedFunc<(Seventeen,), Seventeen>,
                    echo_thirty_two: ::canon_host::TypedFunc<(ThirtyTwo,), ThirtyTwo>,
                    echo_all: ::canon_host::TypedFunc<
                        (One, Eight, Sixteen, ThirtyTwo),
                        (One, Eight, Sixteen, ThirtyTwo),
                    >,
                    echo_permissions: ::canon_host::TypedFunc<
                        (Permissions,),
                        Permissions,
                    >,
                    flag_list: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Eight>,),
                        ::std::vec::Vec<Eight>,
                    >,
                    maybe_flags: ::canon_host::TypedFunc<
                        (::core::option::Option<ThirtyTwo>,),
                        ::core::option::Option<ThirtyTwo>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:flags/flag-sets")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:flags/flag-sets`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_one: exports
                                .get_func("echo-one")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-one`"
                                        .into(),
                                ))?
                                .typed::<(One,), One>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-one`",
                                        e
                                    ),
                                ))?,
                            echo_eight: exports
                                .get_func("echo-eight")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-eight`"
                                        .into(),
                                ))?
                                .typed::<(Eight,), Eight>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-eight`",
                                        e
                                    ),
                                ))?,
                            echo_nine: exports
                                .get_func("echo-nine")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-nine`"
                                        .into(),
                                ))?
                                .typed::<(Nine,), Nine>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-nine`",
                                        e
                                    ),
                                ))?,
                            echo_sixteen: exports
                                .get_func("echo-sixteen")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-sixteen`"
                                        .into(),
                                ))?
                                .typed::<(Sixteen,), Sixteen>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-sixteen`",
                                        e
                                    ),
                                ))?,
                            echo_seventeen: exports
                                .get_func("echo-seventeen")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-seventeen`"
                                        .into(),
                                ))?
                                .typed::<(Seventeen,), Seventeen>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-seventeen`",
                                        e
                                    ),
                                ))?,
                            echo_thirty_two: exports
                                .get_func("echo-thirty-two")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-thirty-two`"
                                        .into(),
                                ))?
                                .typed::<(ThirtyTwo,), ThirtyTwo>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-thirty-two`",
                                        e
                                    ),
                                ))?,
                            echo_all: exports
                                .get_func("echo-all")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-all`"
                                        .into(),
                                ))?
                                .typed::<
                                    (One, Eight, Sixteen, ThirtyTwo),
                                    (One, Eight, Sixteen, ThirtyTwo),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-all`",
                                        e
                                    ),
                                ))?,
                            echo_permissions: exports
                                .get_func("echo-permissions")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `echo-permissions`"
                                        .into(),
                                ))?
                                .typed::<(Permissions,), Permissions>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `echo-permissions`",
                                        e
                                    ),
                                ))?,
                            flag_list: exports
                                .get_func("flag-list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `flag-list`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Eight>,),
                                    ::std::vec::Vec<Eight>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `flag-list`",
                                        e
                                    ),
                                ))?,
                            maybe_flags: exports
                                .get_func("maybe-flags")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags/flag-sets` has no function `maybe-flags`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<ThirtyTwo>,),
                                    ::core::option::Option<ThirtyTwo>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags/flag-sets`, function `maybe-flags`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_one<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: One,
                    ) -> ::canon_host::Result<One> {
                        self.echo_one.call(store, (x,))
                    }
                    pub fn call_echo_eight<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Eight,
                    ) -> ::canon_host::Result<Eight> {
                        self.echo_eight.call(store, (x,))
                    }
                    pub fn call_echo_nine<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Nine,
                    ) -> ::canon_host::Result<Nine> {
                        self.echo_nine.call(store, (x,))
                    }
                    pub fn call_echo_sixteen<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Sixteen,
                    ) -> ::canon_host::Result<Sixteen> {
                        self.echo_sixteen.call(store, (x,))
                    }
                    pub fn call_echo_seventeen<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Seventeen,
                    ) -> ::canon_host::Result<Seventeen> {
                        self.echo_seventeen.call(store, (x,))
                    }
                    pub fn call_echo_thirty_two<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ThirtyTwo,
                    ) -> ::canon_host::Result<ThirtyTwo> {
                        self.echo_thirty_two.call(store, (x,))
                    }
                    pub fn call_echo_all<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: One,
                        b: Eight,
                        c: Sixteen,
                        d: ThirtyTwo,
                    ) -> ::canon_host::Result<(One, Eight, Sixteen, ThirtyTwo)> {
                        self.echo_all.call(store, (a, b, c, d))
                    }
                    pub fn call_echo_permissions<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Permissions,
                    ) -> ::canon_host::Result<Permissions> {
                        self.echo_permissions.call(store, (x,))
                    }
                    pub fn call_flag_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<Eight>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Eight>> {
                        self.flag_list.call(store, (x,))
                    }
                    pub fn call_maybe_flags<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<ThirtyTwo>,
                    ) -> ::canon_host::Result<::core::option::Option<ThirtyTwo>> {
                        self.maybe_flags.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod flags {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod flag_sets {
            ::canon_host::flags! {
                #[doc = " 1 member: u8 representation."] pub One { const ONLY; }
            }
            ::canon_host::flags! {
                #[doc = " 8 members: still u8."] pub Eight { const READ; const WRITE;
                const EXECUTE; const HIDDEN; const SYSTEM; const ARCHIVE; const
                TEMPORARY; const COMPRESSED; }
            }
            ::canon_host::flags! {
                #[doc = " 9 members: smallest u16."] pub Nine { const N0; const N1; const
                N2; const N3; const N4; const N5; const N6; const N7; const N8; }
            }
            ::canon_host::flags! {
                #[doc = " 16 members: largest u16."] pub Sixteen { const H0; const H1;
                const H2; const H3; const H4; const H5; const H6; const H7; const H8;
                const H9; const H10; const H11; const H12; const H13; const H14; const
                H15; }
            }
            ::canon_host::flags! {
                #[doc = " 17 members: smallest u32."] pub Seventeen { const T0; const T1;
                const T2; const T3; const T4; const T5; const T6; const T7; const T8;
                const T9; const T10; const T11; const T12; const T13; const T14; const
                T15; const T16; }
            }
            ::canon_host::flags! {
                #[doc = " 32 members: largest single u32."] pub ThirtyTwo { const B0;
                const B1; const B2; const B3; const B4; const B5; const B6; const B7;
                const B8; const B9; const B10; const B11; const B12; const B13; const
                B14; const B15; const B16; const B17; const B18; const B19; const B20;
                const B21; const B22; const B23; const B24; const B25; const B26; const
                B27; const B28; const B29; const B30; const B31; }
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Permissions {
                pub owner: Eight,
                pub group: Eight,
                pub extra: Sixteen,
            }
            pub trait Host {
                fn echo_one(&mut self, x: One) -> One;
                fn echo_eight(&mut self, x: Eight) -> Eight;
                fn echo_nine(&mut self, x: Nine) -> Nine;
                fn echo_sixteen(&mut self, x: Sixteen) -> Sixteen;
                fn echo_seventeen(&mut self, x: Seventeen) -> Seventeen;
                fn echo_thirty_two(&mut self, x: ThirtyTwo) -> ThirtyTwo;
                fn echo_all(
                    &mut self,
                    a: One,
                    b: Eight,
                    c: Sixteen,
                    d: ThirtyTwo,
                ) -> (One, Eight, Sixteen, ThirtyTwo);
                fn echo_permissions(&mut self, x: Permissions) -> Permissions;
                fn flag_list(
                    &mut self,
                    x: ::std::vec::Vec<Eight>,
                ) -> ::std::vec::Vec<Eight>;
                fn maybe_flags(
                    &mut self,
                    x: ::core::option::Option<ThirtyTwo>,
                ) -> ::core::option::Option<ThirtyTwo>;
            }
            /// Defines the functions of `test:flags/flag-sets` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:flags/flag-sets")?;
                inst.func_wrap(
                    "echo-one",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (One,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_one(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-eight",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Eight,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_eight(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-nine",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Nine,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_nine(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-sixteen",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Sixteen,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_sixteen(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-seventeen",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Seventeen,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_seventeen(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-thirty-two",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (ThirtyTwo,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_thirty_two(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c, d): (One, Eight, Sixteen, ThirtyTwo)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_all(host, a, b, c, d))
                    },
                )?;
                inst.func_wrap(
                    "echo-permissions",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Permissions,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_permissions(host, x))
                    },
                )?;
                inst.func_wrap(
                    "flag-list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<Eight>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::flag_list(host, x))
                    },
                )?;
                inst.func_wrap(
                    "maybe-flags",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<ThirtyTwo>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_flags(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `flags`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Flags {
    instance: ::canon_host::Instance,
    test_flags_flag_sets: exports::test::flags::flag_sets::Guest,
}
impl Flags {
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
            test_flags_flag_sets: exports::test::flags::flag_sets::Guest::new(instance)?,
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
        U: test::flags::flag_sets::Host + 'static,
    {
        test::flags::flag_sets::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:flags/flag-sets`.
    pub fn test_flags_flag_sets(&self) -> &exports::test::flags::flag_sets::Guest {
        &self.test_flags_flag_sets
    }
}
