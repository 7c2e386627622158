pub type Plain = a::b::types::Plain;
pub type Tags<'a> = a::b::types::Tags<'a>;
#[allow(clippy::all, unused_imports, dead_code)]
pub mod a {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod b {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod types {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            #[component(name = "point")]
            pub struct PointResult {
                pub x: u32,
                pub name: ::std::string::String,
            }
            /// The borrowing form of `point`, lowered into the parameters of exported functions.
            #[derive(Clone, Debug)]
            pub struct PointParam<'a> {
                pub x: u32,
                pub name: &'a str,
            }
            impl<'a> ::canon_host::Lower for PointParam<'a> {
                fn typecheck(
                    ty: &::canon_host::ValueType,
                ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
                    ::canon_host::typed::typecheck_record(
                        ty,
                        "point",
                        &[
                            ("x", <u32 as ::canon_host::Lower>::typecheck),
                            ("name", <&'a str as ::canon_host::Lower>::typecheck),
                        ],
                    )
                }
                fn lower_flat(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    out: &mut ::canon_host::typed::Flat,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    ::canon_host::Lower::lower_flat(
                        &self.x,
                        cx,
                        fields.ty(0usize)?,
                        out,
                    )?;
                    ::canon_host::Lower::lower_flat(
                        &self.name,
                        cx,
                        fields.ty(1usize)?,
                        out,
                    )?;
                    Ok(())
                }
                fn store(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    ptr: u32,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    {
                        let (t, at) = fields.at(0usize, ptr)?;
                        ::canon_host::Lower::store(&self.x, cx, t, at)?;
                    }
                    {
                        let (t, at) = fields.at(1usize, ptr)?;
                        ::canon_host::Lower::store(&self.name, cx, t, at)?;
                    }
                    Ok(())
                }
            }
            /// The borrowing form of `tags`, lowered into the parameters of exported functions.
            #[derive(Clone, Debug)]
            pub struct Tags<'a> {
                pub names: &'a [&'a str],
                pub ids: &'a [u32],
            }
            impl<'a> ::canon_host::Lower for Tags<'a> {
                fn typecheck(
                    ty: &::canon_host::ValueType,
                ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
                    ::canon_host::typed::typecheck_record(
                        ty,
                        "tags",
                        &[
                            ("names", <&'a [&'a str] as ::canon_host::Lower>::typecheck),
                            ("ids", <&'a [u32] as ::canon_host::Lower>::typecheck),
                        ],
                    )
                }
                fn lower_flat(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    out: &mut ::canon_host::typed::Flat,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    ::canon_host::Lower::lower_flat(
                        &self.names,
                        cx,
                        fields.ty(0usize)?,
                        out,
                    )?;
                    ::canon_host::Lower::lower_flat(
                        &self.ids,
                        cx,
                        fields.ty(1usize)?,
                        out,
                    )?;
                    Ok(())
                }
                fn store(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    ptr: u32,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    {
                        let (t, at) = fields.at(0usize, ptr)?;
                        ::canon_host::Lower::store(&self.names, cx, t, at)?;
                    }
                    {
                        let (t, at) = fields.at(1usize, ptr)?;
                        ::canon_host::Lower::store(&self.ids, cx, t, at)?;
                    }
                    Ok(())
                }
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Plain {
                pub x: u32,
            }
            /// The borrowing form of `wrap`, lowered into the parameters of exported functions.
            #[derive(Clone, Debug)]
            pub struct Wrap<'a> {
                pub p: PointParam<'a>,
                pub t: Tags<'a>,
                pub o: ::core::option::Option<::std::string::String>,
                pub pl: Plain,
            }
            impl<'a> ::canon_host::Lower for Wrap<'a> {
                fn typecheck(
                    ty: &::canon_host::ValueType,
                ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
                    ::canon_host::typed::typecheck_record(
                        ty,
                        "wrap",
                        &[
                            ("p", <PointParam<'a> as ::canon_host::Lower>::typecheck),
                            ("t", <Tags<'a> as ::canon_host::Lower>::typecheck),
                            (
                                "o",
                                <::core::option::Option<
                                    ::std::string::String,
                                > as ::canon_host::Lower>::typecheck,
                            ),
                            ("pl", <Plain as ::canon_host::Lower>::typecheck),
                        ],
                    )
                }
                fn lower_flat(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    out: &mut ::canon_host::typed::Flat,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    ::canon_host::Lower::lower_flat(
                        &self.p,
                        cx,
                        fields.ty(0usize)?,
                        out,
                    )?;
                    ::canon_host::Lower::lower_flat(
                        &self.t,
                        cx,
                        fields.ty(1usize)?,
                        out,
                    )?;
                    ::canon_host::Lower::lower_flat(
                        &self.o,
                        cx,
                        fields.ty(2usize)?,
                        out,
                    )?;
                    ::canon_host::Lower::lower_flat(
                        &self.pl,
                        cx,
                        fields.ty(3usize)?,
                        out,
                    )?;
                    Ok(())
                }
                fn store(
                    &self,
                    cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
                    ty: ::canon_host::typed::ValType,
                    ptr: u32,
                ) -> ::core::result::Result<(), ::canon_host::Error> {
                    let fields = cx.record(ty)?;
                    {
                        let (t, at) = fields.at(0usize, ptr)?;
                        ::canon_host::Lower::store(&self.p, cx, t, at)?;
                    }
                    {
                        let (t, at) = fields.at(1usize, ptr)?;
                        ::canon_host::Lower::store(&self.t, cx, t, at)?;
                    }
                    {
                        let (t, at) = fields.at(2usize, ptr)?;
                        ::canon_host::Lower::store(&self.o, cx, t, at)?;
                    }
                    {
                        let (t, at) = fields.at(3usize, ptr)?;
                        ::canon_host::Lower::store(&self.pl, cx, t, at)?;
                    }
                    Ok(())
                }
            }
            pub type Bytes = ::std::vec::Vec<u8>;
            pub trait Host {}
            /// Defines the functions of `a:b/types` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("a:b/types")?;
                Ok(())
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod a {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod b {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod api {
                pub type PointParam<'a> = super::super::super::super::a::b::types::PointParam<
                    'a,
                >;
                pub type PointResult = super::super::super::super::a::b::types::PointResult;
                pub type Tags<'a> = super::super::super::super::a::b::types::Tags<'a>;
                pub type Plain = super::super::super::super::a::b::types::Plain;
                pub type Wrap<'a> = super::super::super::super::a::b::types::Wrap<'a>;
                pub type Bytes = super::super::super::super::a::b::types::Bytes;
                pub type Name = ::std::string::String;
                /// The functions of the exported interface `a:b/api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    greet: ::canon_host::TypedFunc<
                        (
                            &'static str,
                            &'static [u32],
                            Tags<'static>,
                            &'static str,
                            &'static [u8],
                        ),
                        u32,
                    >,
                    echo: ::canon_host::TypedFunc<(PointParam<'static>,), PointResult>,
                    nest: ::canon_host::TypedFunc<
                        (
                            Wrap<'static>,
                            &'static [PointParam<'static>],
                            Plain,
                            ::core::option::Option<::std::string::String>,
                        ),
                        ::std::string::String,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("a:b/api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `a:b/api`".into(),
                            ))?;
                        Ok(Guest {
                            greet: exports
                                .get_func("greet")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `a:b/api` has no function `greet`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        &'static str,
                                        &'static [u32],
                                        Tags<'static>,
                                        &'static str,
                                        &'static [u8],
                                    ),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}", "exported interface `a:b/api`, function `greet`",
                                        e
                                    ),
                                ))?,
                            echo: exports
                                .get_func("echo")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `a:b/api` has no function `echo`".into(),
                                ))?
                                .typed::<(PointParam<'static>,), PointResult>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}", "exported interface `a:b/api`, function `echo`", e
                                    ),
                                ))?,
                            nest: exports
                                .get_func("nest")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `a:b/api` has no function `nest`".into(),
                                ))?
                                .typed::<
                                    (
                                        Wrap<'static>,
                                        &'static [PointParam<'static>],
                                        Plain,
                                        ::core::option::Option<::std::string::String>,
                                    ),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}", "exported interface `a:b/api`, function `nest`", e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_greet<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: &'_ str,
                        l: &'_ [u32],
                        t: Tags<'_>,
                        n: &'_ str,
                        b: &'_ [u8],
                    ) -> ::canon_host::Result<u32> {
                        self.greet
                            .call_relifetimed::<
                                (&'_ str, &'_ [u32], Tags<'_>, &'_ str, &'_ [u8]),
                                S,
                            >(store, (s, l, t, n, b))
                    }
                    pub fn call_echo<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: PointParam<'_>,
                    ) -> ::canon_host::Result<PointResult> {
                        self.echo.call_relifetimed::<(PointParam<'_>,), S>(store, (p,))
                    }
                    pub fn call_nest<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        w: Wrap<'_>,
                        ps: &'_ [PointParam<'_>],
                        pl: Plain,
                        o: ::core::option::Option<::std::string::String>,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.nest
                            .call_relifetimed::<
                                (
                                    Wrap<'_>,
                                    &'_ [PointParam<'_>],
                                    Plain,
                                    ::core::option::Option<::std::string::String>,
                                ),
                                S,
                            >(store, (w, ps, pl, o))
                    }
                }
            }
        }
    }
}
/// The functions the world `w` imports directly, implemented by the host.
pub trait WImports {
    fn log(&mut self, p: Plain, s: ::std::string::String);
}
/// An instance of the world `w`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct W {
    instance: ::canon_host::Instance,
    a_b_api: exports::a::b::api::Guest,
    top: ::canon_host::TypedFunc<(Tags<'static>,), u32>,
}
impl W {
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
            a_b_api: exports::a::b::api::Guest::new(instance)?,
            top: exports
                .get_func("top")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `top`".into(),
                ))?
                .typed::<(Tags<'static>,), u32>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `top`", e),
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
        U: a::b::types::Host + WImports + 'static,
    {
        a::b::types::add_to_linker(linker, get)?;
        {
            let mut inst = linker.root();
            inst.func_wrap(
                "log",
                move |
                    mut cx: ::canon_host::StoreContextMut<'_, T>,
                    (p, s): (Plain, ::std::string::String)|
                {
                    let host = get(cx.data_mut());
                    Ok(WImports::log(host, p, s))
                },
            )?;
        }
        Ok(())
    }
    /// The exported interface `a:b/api`.
    pub fn a_b_api(&self) -> &exports::a::b::api::Guest {
        &self.a_b_api
    }
    pub fn call_top<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        t: Tags<'_>,
    ) -> ::canon_host::Result<u32> {
        self.top.call_relifetimed::<(Tags<'_>,), S>(store, (t,))
    }
}
