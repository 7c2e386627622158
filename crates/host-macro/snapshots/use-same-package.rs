pub type Point = test::use_same_package::types::Point;
#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod use_same_package {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod api {
                pub type Pt = super::super::super::super::test::use_same_package::types::Point;
                pub type Canvas = super::super::super::super::test::use_same_package::types::Canvas;
                pub type Circle = super::super::super::super::test::use_same_package::shapes::Circle;
                pub type ShapeId = super::super::super::super::test::use_same_package::shapes::ShapeId;
                /// The functions of the exported interface `test:use-same-package/api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    draw: ::canon_host::TypedFunc<
                        (::canon_host::Resource<Canvas>, Circle),
                        ShapeId,
                    >,
                    centre: ::canon_host::TypedFunc<(Circle,), Pt>,
                    fresh: ::canon_host::TypedFunc<
                        (u32, u32),
                        ::canon_host::Resource<Canvas>,
                    >,
                    move_all: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Pt>, i32),
                        ::std::vec::Vec<Pt>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:use-same-package/api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:use-same-package/api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            draw: exports
                                .get_func("draw")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/api` has no function `draw`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::Resource<Canvas>, Circle),
                                    ShapeId,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/api`, function `draw`",
                                        e
                                    ),
                                ))?,
                            centre: exports
                                .get_func("centre")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/api` has no function `centre`"
                                        .into(),
                                ))?
                                .typed::<(Circle,), Pt>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/api`, function `centre`",
                                        e
                                    ),
                                ))?,
                            fresh: exports
                                .get_func("fresh")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/api` has no function `fresh`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), ::canon_host::Resource<Canvas>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/api`, function `fresh`",
                                        e
                                    ),
                                ))?,
                            move_all: exports
                                .get_func("move-all")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/api` has no function `move-all`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<Pt>, i32), ::std::vec::Vec<Pt>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/api`, function `move-all`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_draw<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        on: ::canon_host::Resource<Canvas>,
                        c: Circle,
                    ) -> ::canon_host::Result<ShapeId> {
                        self.draw.call(store, (on, c))
                    }
                    pub fn call_centre<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: Circle,
                    ) -> ::canon_host::Result<Pt> {
                        self.centre.call(store, (c,))
                    }
                    pub fn call_fresh<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        w: u32,
                        h: u32,
                    ) -> ::canon_host::Result<::canon_host::Resource<Canvas>> {
                        self.fresh.call(store, (w, h))
                    }
                    pub fn call_move_all<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        points: ::std::vec::Vec<Pt>,
                        dx: i32,
                    ) -> ::canon_host::Result<::std::vec::Vec<Pt>> {
                        self.move_all.call(store, (points, dx))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod shapes {
                pub type Point = super::super::super::super::test::use_same_package::types::Point;
                pub type LengthUnit = super::super::super::super::test::use_same_package::types::Unit;
                pub type Id = super::super::super::super::test::use_same_package::types::Id;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Circle {
                    pub center: Point,
                    pub radius: u32,
                    pub unit: LengthUnit,
                }
                /// A type that just re-exports a used type under a new name.
                pub type ShapeId = Id;
                /// The functions of the exported interface `test:use-same-package/shapes`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_circle: ::canon_host::TypedFunc<(Circle,), Circle>,
                    circle_id: ::canon_host::TypedFunc<(Circle,), ShapeId>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:use-same-package/shapes")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:use-same-package/shapes`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_circle: exports
                                .get_func("echo-circle")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/shapes` has no function `echo-circle`"
                                        .into(),
                                ))?
                                .typed::<(Circle,), Circle>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/shapes`, function `echo-circle`",
                                        e
                                    ),
                                ))?,
                            circle_id: exports
                                .get_func("circle-id")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/shapes` has no function `circle-id`"
                                        .into(),
                                ))?
                                .typed::<(Circle,), ShapeId>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/shapes`, function `circle-id`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_circle<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: Circle,
                    ) -> ::canon_host::Result<Circle> {
                        self.echo_circle.call(store, (c,))
                    }
                    pub fn call_circle_id<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: Circle,
                    ) -> ::canon_host::Result<ShapeId> {
                        self.circle_id.call(store, (c,))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod types {
                pub type Id = u64;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Point {
                    pub x: i32,
                    pub y: i32,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Unit {
                    Px,
                    Em,
                }
                /// The guest-defined resource `canvas`, held by the host as a handle.
                pub type Canvas = ::canon_host::ResourceAny;
                /// The functions of the exported interface `test:use-same-package/types`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_point: ::canon_host::TypedFunc<(Point,), Point>,
                    canvas_constructor: ::canon_host::TypedFunc<
                        (u32, u32),
                        ::canon_host::ResourceAny,
                    >,
                    canvas_method_size: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        (u32, u32),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:use-same-package/types")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:use-same-package/types`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_point: exports
                                .get_func("echo-point")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/types` has no function `echo-point`"
                                        .into(),
                                ))?
                                .typed::<(Point,), Point>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/types`, function `echo-point`",
                                        e
                                    ),
                                ))?,
                            canvas_constructor: exports
                                .get_func("[constructor]canvas")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/types` has no function `[constructor]canvas`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/types`, function `[constructor]canvas`",
                                        e
                                    ),
                                ))?,
                            canvas_method_size: exports
                                .get_func("[method]canvas.size")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:use-same-package/types` has no function `[method]canvas.size`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), (u32, u32)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:use-same-package/types`, function `[method]canvas.size`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_point<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: Point,
                    ) -> ::canon_host::Result<Point> {
                        self.echo_point.call(store, (p,))
                    }
                    pub fn call_canvas_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        width: u32,
                        height: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.canvas_constructor.call(store, (width, height))
                    }
                    pub fn call_canvas_method_size<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<(u32, u32)> {
                        self.canvas_method_size.call(store, (self_,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod use_same_package {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod api {
            pub type Pt = super::super::super::test::use_same_package::types::Point;
            pub type Canvas = super::super::super::test::use_same_package::types::Canvas;
            pub type Circle = super::super::super::test::use_same_package::shapes::Circle;
            pub type ShapeId = super::super::super::test::use_same_package::shapes::ShapeId;
            /// Second file of test:use-same-package: uses items from both interfaces
            /// of types.wit (resources included) and renames one of them with `as`;
            /// no `package` line here, the other file declares it.
            pub trait Host {
                fn draw(
                    &mut self,
                    on: ::canon_host::Resource<Canvas>,
                    c: Circle,
                ) -> ShapeId;
                fn centre(&mut self, c: Circle) -> Pt;
                fn fresh(&mut self, w: u32, h: u32) -> ::canon_host::Resource<Canvas>;
                fn move_all(
                    &mut self,
                    points: ::std::vec::Vec<Pt>,
                    dx: i32,
                ) -> ::std::vec::Vec<Pt>;
            }
            /// Defines the functions of `test:use-same-package/api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:use-same-package/api")?;
                inst.func_wrap(
                    "draw",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (on, c): (::canon_host::Resource<Canvas>, Circle)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::draw(host, on, c))
                    },
                )?;
                inst.func_wrap(
                    "centre",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (c,): (Circle,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::centre(host, c))
                    },
                )?;
                inst.func_wrap(
                    "fresh",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (w, h): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::fresh(host, w, h))
                    },
                )?;
                inst.func_wrap(
                    "move-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (points, dx): (::std::vec::Vec<Pt>, i32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::move_all(host, points, dx))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod shapes {
            pub type Point = super::super::super::test::use_same_package::types::Point;
            pub type LengthUnit = super::super::super::test::use_same_package::types::Unit;
            pub type Id = super::super::super::test::use_same_package::types::Id;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Circle {
                pub center: Point,
                pub radius: u32,
                pub unit: LengthUnit,
            }
            /// A type that just re-exports a used type under a new name.
            pub type ShapeId = Id;
            pub trait Host {
                fn echo_circle(&mut self, c: Circle) -> Circle;
                fn circle_id(&mut self, c: Circle) -> ShapeId;
            }
            /// Defines the functions of `test:use-same-package/shapes` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:use-same-package/shapes")?;
                inst.func_wrap(
                    "echo-circle",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (c,): (Circle,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_circle(host, c))
                    },
                )?;
                inst.func_wrap(
                    "circle-id",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (c,): (Circle,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::circle_id(host, c))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod types {
            pub type Id = u64;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Point {
                pub x: i32,
                pub y: i32,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Unit {
                Px,
                Em,
            }
            /// The host-defined resource `canvas`: its handles are `Resource<Canvas>`.
            pub enum Canvas {}
            /// The host's implementation of the resource `canvas`.
            pub trait HostCanvas {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Canvas>,
                ) -> ::canon_host::Result<()>;
                fn new(
                    &mut self,
                    width: u32,
                    height: u32,
                ) -> ::canon_host::Resource<Canvas>;
                fn size(&mut self, self_: ::canon_host::Resource<Canvas>) -> (u32, u32);
            }
            pub trait Host: HostCanvas {
                fn echo_point(&mut self, p: Point) -> Point;
            }
            /// Defines the functions of `test:use-same-package/types` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:use-same-package/types")?;
                inst.resource(
                    "canvas",
                    ::canon_host::ResourceType::host::<Canvas>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostCanvas::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "echo-point",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (p,): (Point,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_point(host, p))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]canvas",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (width, height): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCanvas::new(host, width, height))
                    },
                )?;
                inst.func_wrap(
                    "[method]canvas.size",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Canvas>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostCanvas::size(host, self_))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `use-same-package`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct UseSamePackage {
    instance: ::canon_host::Instance,
    test_use_same_package_types: exports::test::use_same_package::types::Guest,
    test_use_same_package_shapes: exports::test::use_same_package::shapes::Guest,
    test_use_same_package_api: exports::test::use_same_package::api::Guest,
    origin: ::canon_host::TypedFunc<(), Point>,
}
impl UseSamePackage {
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
            test_use_same_package_types: exports::test::use_same_package::types::Guest::new(
                instance,
            )?,
            test_use_same_package_shapes: exports::test::use_same_package::shapes::Guest::new(
                instance,
            )?,
            test_use_same_package_api: exports::test::use_same_package::api::Guest::new(
                instance,
            )?,
            origin: exports
                .get_func("origin")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `origin`".into(),
                ))?
                .typed::<(), Point>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `origin`", e),
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
        U: test::use_same_package::types::Host + test::use_same_package::shapes::Host
            + test::use_same_package::api::Host + 'static,
    {
        test::use_same_package::types::add_to_linker(linker, get)?;
        test::use_same_package::shapes::add_to_linker(linker, get)?;
        test::use_same_package::api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:use-same-package/types`.
    pub fn test_use_same_package_types(
        &self,
    ) -> &exports::test::use_same_package::types::Guest {
        &self.test_use_same_package_types
    }
    /// The exported interface `test:use-same-package/shapes`.
    pub fn test_use_same_package_shapes(
        &self,
    ) -> &exports::test::use_same_package::shapes::Guest {
        &self.test_use_same_package_shapes
    }
    /// The exported interface `test:use-same-package/api`.
    pub fn test_use_same_package_api(
        &self,
    ) -> &exports::test::use_same_package::api::Guest {
        &self.test_use_same_package_api
    }
    pub fn call_origin<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
    ) -> ::canon_host::Result<Point> {
        self.origin.call(store, ())
    }
}
