#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod variants {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod variants_api {
                /// Join of i64 and f32 -> i64.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum U64OrF32 {
                    A(u64),
                    B(f32),
                }
                /// Joins i32/f64/(i32,i32) -> i64 then i32.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum S8F64String {
                    A(i8),
                    B(f64),
                    C(::std::string::String),
                }
                /// Join of f32 and f64 -> i64.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum F32OrF64 {
                    A(f32),
                    B(f64),
                }
                /// Join of i32 and f32 -> i32.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum U32OrF32 {
                    A(u32),
                    B(f32),
                }
                /// Some cases have a payload, some don't.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Shape {
                    Empty,
                    Circle(f32),
                    Rect((f32, f32)),
                    Unknown,
                    Named(::std::string::String),
                }
                /// No case carries a payload (not an enum, though).
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                #[component(variant)]
                pub enum Signal {
                    Start,
                    Stop,
                    Pause,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum OnlyOne {
                    It(u16),
                }
                /// Payloads of aggregate type.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Payloads {
                    Bytes(::std::vec::Vec<u8>),
                    Pair((u8, u64)),
                    Nested(U32OrF32),
                    Maybe(::core::option::Option<::std::string::String>),
                    Nothing,
                }
                /// The functions of the exported interface `test:variants/variants-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_u64_or_f32: ::canon_host::TypedFunc<(U64OrF32,), U64OrF32>,
                    echo_s8_f64_string: ::canon_host::TypedFunc<
                        (S8F64String,),
                        S8F64String,
                    >,
                    echo_f32_or_f64: ::canon_host::TypedFunc<(F32OrF64,), F32OrF64>,
                    echo_u32_or_f32: ::canon_host::TypedFunc<(U32OrF32,), U32OrF32>,
                    echo_shape: ::canon_host::TypedFunc<(Shape,), Shape>,
                    echo_signal: ::canon_host::TypedFunc<(Signal,), Signal>,
                    echo_only_one: ::canon_host::TypedFunc<(OnlyOne,), OnlyOne>,
                    echo_payloads: ::canon_host::TypedFunc<(Payloads,), Payloads>,
                    list_of_shapes: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Shape>,),
                        ::std::vec::Vec<Shape>,
                    >,
                    maybe_signal: ::canon_host::TypedFunc<
                        (::core::option::Option<Signal>,),
                        ::core::option::Option<Signal>,
                    >,
                    all_joins: ::canon_host::TypedFunc<
                        (U64OrF32, S8F64String, F32OrF64, U32OrF32),
                        (U64OrF32, S8F64String, F32OrF64, U32OrF32),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:variants/variants-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:variants/variants-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_u64_or_f32: exports
                                .get_func("echo-u64-or-f32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-u64-or-f32`"
                                        .into(),
                                ))?
                                .typed::<(U64OrF32,), U64OrF32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-u64-or-f32`",
                                        e
                                    ),
                                ))?,
                            echo_s8_f64_string: exports
                                .get_func("echo-s8-f64-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-s8-f64-string`"
                                        .into(),
                                ))?
                                .typed::<(S8F64String,), S8F64String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-s8-f64-string`",
                                        e
                                    ),
                                ))?,
                            echo_f32_or_f64: exports
                                .get_func("echo-f32-or-f64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-f32-or-f64`"
                                        .into(),
                                ))?
                                .typed::<(F32OrF64,), F32OrF64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-f32-or-f64`",
                                        e
                                    ),
                                ))?,
                            echo_u32_or_f32: exports
                                .get_func("echo-u32-or-f32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-u32-or-f32`"
                                        .into(),
                                ))?
                                .typed::<(U32OrF32,), U32OrF32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-u32-or-f32`",
                                        e
                                    ),
                                ))?,
                            echo_shape: exports
                                .get_func("echo-shape")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-shape`"
                                        .into(),
                                ))?
                                .typed::<(Shape,), Shape>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-shape`",
                                        e
                                    ),
                                ))?,
                            echo_signal: exports
                                .get_func("echo-signal")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-signal`"
                                        .into(),
                                ))?
                                .typed::<(Signal,), Signal>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-signal`",
                                        e
                                    ),
                                ))?,
                            echo_only_one: exports
                                .get_func("echo-only-one")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-only-one`"
                                        .into(),
                                ))?
                                .typed::<(OnlyOne,), OnlyOne>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-only-one`",
                                        e
                                    ),
                                ))?,
                            echo_payloads: exports
                                .get_func("echo-payloads")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `echo-payloads`"
                                        .into(),
                                ))?
                                .typed::<(Payloads,), Payloads>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `echo-payloads`",
                                        e
                                    ),
                                ))?,
                            list_of_shapes: exports
                                .get_func("list-of-shapes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `list-of-shapes`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Shape>,),
                                    ::std::vec::Vec<Shape>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `list-of-shapes`",
                                        e
                                    ),
                                ))?,
                            maybe_signal: exports
                                .get_func("maybe-signal")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `maybe-signal`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<Signal>,),
                                    ::core::option::Option<Signal>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `maybe-signal`",
                                        e
                                    ),
                                ))?,
                            all_joins: exports
                                .get_func("all-joins")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:variants/variants-api` has no function `all-joins`"
                                        .into(),
                                ))?
                                .typed::<
                                    (U64OrF32, S8F64String, F32OrF64, U32OrF32),
                                    (U64OrF32, S8F64String, F32OrF64, U32OrF32),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:variants/variants-api`, function `all-joins`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_u64_or_f32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: U64OrF32,
                    ) -> ::canon_host::Result<U64OrF32> {
                        self.echo_u64_or_f32.call(store, (x,))
                    }
                    pub fn call_echo_s8_f64_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: S8F64String,
                    ) -> ::canon_host::Result<S8F64String> {
                        self.echo_s8_f64_string.call(store, (x,))
                    }
                    pub fn call_echo_f32_or_f64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: F32OrF64,
                    ) -> ::canon_host::Result<F32OrF64> {
                        self.echo_f32_or_f64.call(store, (x,))
                    }
                    pub fn call_echo_u32_or_f32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: U32OrF32,
                    ) -> ::canon_host::Result<U32OrF32> {
                        self.echo_u32_or_f32.call(store, (x,))
                    }
                    pub fn call_echo_shape<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Shape,
                    ) -> ::canon_host::Result<Shape> {
                        self.echo_shape.call(store, (x,))
                    }
                    pub fn call_echo_signal<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Signal,
                    ) -> ::canon_host::Result<Signal> {
                        self.echo_signal.call(store, (x,))
                    }
                    pub fn call_echo_only_one<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: OnlyOne,
                    ) -> ::canon_host::Result<OnlyOne> {
                        self.echo_only_one.call(store, (x,))
                    }
                    pub fn call_echo_payloads<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Payloads,
                    ) -> ::canon_host::Result<Payloads> {
                        self.echo_payloads.call(store, (x,))
                    }
                    pub fn call_list_of_shapes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<Shape>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Shape>> {
                        self.list_of_shapes.call(store, (x,))
                    }
                    pub fn call_maybe_signal<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<Signal>,
                    ) -> ::canon_host::Result<::core::option::Option<Signal>> {
                        self.maybe_signal.call(store, (x,))
                    }
                    pub fn call_all_joins<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: U64OrF32,
                        b: S8F64String,
                        c: F32OrF64,
                        d: U32OrF32,
                    ) -> ::canon_host::Result<
                        (U64OrF32, S8F64String, F32OrF64, U32OrF32),
                    > {
                        self.all_joins.call(store, (a, b, c, d))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod variants {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod variants_api {
            /// Join of i64 and f32 -> i64.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum U64OrF32 {
                A(u64),
                B(f32),
            }
            /// Joins i32/f64/(i32,i32) -> i64 then i32.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum S8F64String {
                A(i8),
                B(f64),
                C(::std::string::String),
            }
            /// Join of f32 and f64 -> i64.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum F32OrF64 {
                A(f32),
                B(f64),
            }
            /// Join of i32 and f32 -> i32.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum U32OrF32 {
                A(u32),
                B(f32),
            }
            /// Some cases have a payload, some don't.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Shape {
                Empty,
                Circle(f32),
                Rect((f32, f32)),
                Unknown,
                Named(::std::string::String),
            }
            /// No case carries a payload (not an enum, though).
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            #[component(variant)]
            pub enum Signal {
                Start,
                Stop,
                Pause,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum OnlyOne {
                It(u16),
            }
            /// Payloads of aggregate type.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Payloads {
                Bytes(::std::vec::Vec<u8>),
                Pair((u8, u64)),
                Nested(U32OrF32),
                Maybe(::core::option::Option<::std::string::String>),
                Nothing,
            }
            pub trait Host {
                fn echo_u64_or_f32(&mut self, x: U64OrF32) -> U64OrF32;
                fn echo_s8_f64_string(&mut self, x: S8F64String) -> S8F64String;
                fn echo_f32_or_f64(&mut self, x: F32OrF64) -> F32OrF64;
                fn echo_u32_or_f32(&mut self, x: U32OrF32) -> U32OrF32;
                fn echo_shape(&mut self, x: Shape) -> Shape;
                fn echo_signal(&mut self, x: Signal) -> Signal;
                fn echo_only_one(&mut self, x: OnlyOne) -> OnlyOne;
                fn echo_payloads(&mut self, x: Payloads) -> Payloads;
                fn list_of_shapes(
                    &mut self,
                    x: ::std::vec::Vec<Shape>,
                ) -> ::std::vec::Vec<Shape>;
                fn maybe_signal(
                    &mut self,
                    x: ::core::option::Option<Signal>,
                ) -> ::core::option::Option<Signal>;
                fn all_joins(
                    &mut self,
                    a: U64OrF32,
                    b: S8F64String,
                    c: F32OrF64,
                    d: U32OrF32,
                ) -> (U64OrF32, S8F64String, F32OrF64, U32OrF32);
            }
            /// Defines the functions of `test:variants/variants-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:variants/variants-api")?;
                inst.func_wrap(
                    "echo-u64-or-f32",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (U64OrF32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u64_or_f32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-s8-f64-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (S8F64String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_s8_f64_string(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-f32-or-f64",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (F32OrF64,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_f32_or_f64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-u32-or-f32",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (U32OrF32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u32_or_f32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-shape",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Shape,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_shape(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-signal",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Signal,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_signal(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-only-one",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (OnlyOne,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_only_one(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-payloads",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Payloads,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_payloads(host, x))
                    },
                )?;
                inst.func_wrap(
                    "list-of-shapes",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<Shape>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::list_of_shapes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "maybe-signal",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<Signal>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_signal(host, x))
                    },
                )?;
                inst.func_wrap(
                    "all-joins",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c, d): (U64OrF32, S8F64String, F32OrF64, U32OrF32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::all_joins(host, a, b, c, d))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `variants`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Variants {
    instance: ::canon_host::Instance,
    test_variants_variants_api: exports::test::variants::variants_api::Guest,
}
impl Variants {
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
            test_variants_variants_api: exports::test::variants::variants_api::Guest::new(
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
        U: test::variants::variants_api::Host + 'static,
    {
        test::variants::variants_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:variants/variants-api`.
    pub fn test_variants_variants_api(
        &self,
    ) -> &exports::test::variants::variants_api::Guest {
        &self.test_variants_variants_api
    }
}
