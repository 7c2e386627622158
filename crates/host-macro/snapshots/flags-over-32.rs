#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod flags_over_32 {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod big_flags {
                ::canon_host::flags! {
                    #[doc = " 33 members: one more than fits in a u32."] pub ThirtyThree
                    { const B0; const B1; const B2; const B3; const B4; const B5; const
                    B6; const B7; const B8; const B9; const B10; const B11; const B12;
                    const B13; const B14; const B15; const B16; const B17; const B18;
                    const B19; const B20; const B21; const B22; const B23; const B24;
                    const B25; const B26; const B27; const B28; const B29; const B30;
                    const B31; const B32; }
                }
                ::canon_host::flags! {
                    #[doc = " 70 members: three 32-bit words."] pub Seventy { const B0;
                    const B1; const B2; const B3; const B4; const B5; const B6; const B7;
                    const B8; const B9; const B10; const B11; const B12; const B13; const
                    B14; const B15; const B16; const B17; const B18; const B19; const
                    B20; const B21; const B22; const B23; const B24; const B25; const
                    B26; const B27; const B28; const B29; const B30; const B31; const
                    B32; const B33; const B34; const B35; const B36; const B37; const
                    B38; const B39; const B40; const B41; const B42; const B43; const
                    B44; const B45; const B46; const B47; const B48; const B49; const
                    B50; const B51; const B52; const B53; const B54; const B55; const
                    B56; const B57; const B58; const B59; const B60; const B61; const
                    B62; const B63; const B64; const B65; const B66; const B67; const
                    B68; const B69; }
                }
                /// The functions of the exported interface `test:flags-over-32/big-flags`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_thirty_three: ::canon_host::TypedFunc<
                        (ThirtyThree,),
                        ThirtyThree,
                    >,
                    echo_seventy: ::canon_host::TypedFunc<(Seventy,), Seventy>,
                    both: ::canon_host::TypedFunc<
                        (ThirtyThree, Seventy),
                        (ThirtyThree, Seventy),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:flags-over-32/big-flags")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:flags-over-32/big-flags`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_thirty_three: exports
                                .get_func("echo-thirty-three")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags-over-32/big-flags` has no function `echo-thirty-three`"
                                        .into(),
                                ))?
                                .typed::<(ThirtyThree,), ThirtyThree>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags-over-32/big-flags`, function `echo-thirty-three`",
                                        e
                                    ),
                                ))?,
                            echo_seventy: exports
                                .get_func("echo-seventy")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags-over-32/big-flags` has no function `echo-seventy`"
                                        .into(),
                                ))?
                                .typed::<(Seventy,), Seventy>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags-over-32/big-flags`, function `echo-seventy`",
                                        e
                                    ),
                                ))?,
                            both: exports
                                .get_func("both")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:flags-over-32/big-flags` has no function `both`"
                                        .into(),
                                ))?
                                .typed::<(ThirtyThree, Seventy), (ThirtyThree, Seventy)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:flags-over-32/big-flags`, function `both`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_thirty_three<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ThirtyThree,
                    ) -> ::canon_host::Result<ThirtyThree> {
                        self.echo_thirty_three.call(store, (x,))
                    }
                    pub fn call_echo_seventy<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Seventy,
                    ) -> ::canon_host::Result<Seventy> {
                        self.echo_seventy.call(store, (x,))
                    }
                    pub fn call_both<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ThirtyThree,
                        b: Seventy,
                    ) -> ::canon_host::Result<(ThirtyThree, Seventy)> {
                        self.both.call(store, (a, b))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod flags_over_32 {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod big_flags {
            ::canon_host::flags! {
                #[doc = " 33 members: one more than fits in a u32."] pub ThirtyThree {
                const B0; const B1; const B2; const B3; const B4; const B5; const B6;
                const B7; const B8; const B9; const B10; const B11; const B12; const B13;
                const B14; const B15; const B16; const B17; const B18; const B19; const
                B20; const B21; const B22; const B23; const B24; const B25; const B26;
                const B27; const B28; const B29; const B30; const B31; const B32; }
            }
            ::canon_host::flags! {
                #[doc = " 70 members: three 32-bit words."] pub Seventy { const B0; const
                B1; const B2; const B3; const B4; const B5; const B6; const B7; const B8;
                const B9; const B10; const B11; const B12; const B13; const B14; const
                B15; const B16; const B17; const B18; const B19; const B20; const B21;
                const B22; const B23; const B24; const B25; const B26; const B27; const
                B28; const B29; const B30; const B31; const B32; const B33; const B34;
                const B35; const B36; const B37; const B38; const B39; const B40; const
                B41; const B42; const B43; const B44; const B45; const B46; const B47;
                const B48; const B49; const B50; const B51; const B52; const B53; const
                B54; const B55; const B56; const B57; const B58; const B59; const B60;
                const B61; const B62; const B63; const B64; const B65; const B66; const
                B67; const B68; const B69; }
            }
            pub trait Host {
                fn echo_thirty_three(&mut self, x: ThirtyThree) -> ThirtyThree;
                fn echo_seventy(&mut self, x: Seventy) -> Seventy;
                fn both(&mut self, a: ThirtyThree, b: Seventy) -> (ThirtyThree, Seventy);
            }
            /// Defines the functions of `test:flags-over-32/big-flags` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:flags-over-32/big-flags")?;
                inst.func_wrap(
                    "echo-thirty-three",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (ThirtyThree,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_thirty_three(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-seventy",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Seventy,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_seventy(host, x))
                    },
                )?;
                inst.func_wrap(
                    "both",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (ThirtyThree, Seventy)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::both(host, a, b))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `flags-over-32`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct FlagsOver32 {
    instance: ::canon_host::Instance,
    test_flags_over_32_big_flags: exports::test::flags_over_32::big_flags::Guest,
}
impl FlagsOver32 {
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
            test_flags_over_32_big_flags: exports::test::flags_over_32::big_flags::Guest::new(
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
        U: test::flags_over_32::big_flags::Host + 'static,
    {
        test::flags_over_32::big_flags::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:flags-over-32/big-flags`.
    pub fn test_flags_over_32_big_flags(
        &self,
    ) -> &exports::test::flags_over_32::big_flags::Guest {
        &self.test_flags_over_32_big_flags
    }
}
