#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod cross_package {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod local {
                pub type Color = super::super::super::super::test::dep_types::types::Color;
                pub type DepPoint = super::super::super::super::test::dep_types::types::Point;
                pub type Tree = super::super::super::super::test::dep_types::types::Tree;
                pub type Rect = super::super::super::super::test::dep_types::geometry::Rect;
                pub type Level = super::super::super::super::test::dep_util::util::Level;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Sprite {
                    pub at: DepPoint,
                    pub tint: Color,
                    pub frame: Rect,
                    pub level: Level,
                }
                /// The functions of the exported interface `test:cross-package/local`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_sprite: ::canon_host::TypedFunc<(Sprite,), Sprite>,
                    echo_tree: ::canon_host::TypedFunc<(Tree,), Tree>,
                    tint: ::canon_host::TypedFunc<(DepPoint, Color), (DepPoint, Color)>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:cross-package/local")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:cross-package/local`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_sprite: exports
                                .get_func("echo-sprite")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:cross-package/local` has no function `echo-sprite`"
                                        .into(),
                                ))?
                                .typed::<(Sprite,), Sprite>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:cross-package/local`, function `echo-sprite`",
                                        e
                                    ),
                                ))?,
                            echo_tree: exports
                                .get_func("echo-tree")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:cross-package/local` has no function `echo-tree`"
                                        .into(),
                                ))?
                                .typed::<(Tree,), Tree>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:cross-package/local`, function `echo-tree`",
                                        e
                                    ),
                                ))?,
                            tint: exports
                                .get_func("tint")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:cross-package/local` has no function `tint`"
                                        .into(),
                                ))?
                                .typed::<(DepPoint, Color), (DepPoint, Color)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:cross-package/local`, function `tint`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_sprite<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: Sprite,
                    ) -> ::canon_host::Result<Sprite> {
                        self.echo_sprite.call(store, (s,))
                    }
                    pub fn call_echo_tree<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        t: Tree,
                    ) -> ::canon_host::Result<Tree> {
                        self.echo_tree.call(store, (t,))
                    }
                    pub fn call_tint<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: DepPoint,
                        c: Color,
                    ) -> ::canon_host::Result<(DepPoint, Color)> {
                        self.tint.call(store, (p, c))
                    }
                }
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod dep_types {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod geometry {
                pub type Point = super::super::super::super::test::dep_types::types::Point;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Rect {
                    pub origin: Point,
                    pub width: f32,
                    pub height: f32,
                }
                /// The functions of the exported interface `test:dep-types/geometry`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    area: ::canon_host::TypedFunc<(Rect,), f32>,
                    contains: ::canon_host::TypedFunc<(Rect, Point), bool>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:dep-types/geometry")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:dep-types/geometry`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            area: exports
                                .get_func("area")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:dep-types/geometry` has no function `area`"
                                        .into(),
                                ))?
                                .typed::<(Rect,), f32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:dep-types/geometry`, function `area`",
                                        e
                                    ),
                                ))?,
                            contains: exports
                                .get_func("contains")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:dep-types/geometry` has no function `contains`"
                                        .into(),
                                ))?
                                .typed::<(Rect, Point), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:dep-types/geometry`, function `contains`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_area<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        r: Rect,
                    ) -> ::canon_host::Result<f32> {
                        self.area.call(store, (r,))
                    }
                    pub fn call_contains<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        r: Rect,
                        p: Point,
                    ) -> ::canon_host::Result<bool> {
                        self.contains.call(store, (r, p))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod cross_package {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod local {
            pub type Color = super::super::super::test::dep_types::types::Color;
            pub type DepPoint = super::super::super::test::dep_types::types::Point;
            pub type Tree = super::super::super::test::dep_types::types::Tree;
            pub type Rect = super::super::super::test::dep_types::geometry::Rect;
            pub type Level = super::super::super::test::dep_util::util::Level;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Sprite {
                pub at: DepPoint,
                pub tint: Color,
                pub frame: Rect,
                pub level: Level,
            }
            pub trait Host {
                fn echo_sprite(&mut self, s: Sprite) -> Sprite;
                fn echo_tree(&mut self, t: Tree) -> Tree;
                fn tint(&mut self, p: DepPoint, c: Color) -> (DepPoint, Color);
            }
            /// Defines the functions of `test:cross-package/local` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:cross-package/local")?;
                inst.func_wrap(
                    "echo-sprite",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (s,): (Sprite,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_sprite(host, s))
                    },
                )?;
                inst.func_wrap(
                    "echo-tree",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (t,): (Tree,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_tree(host, t))
                    },
                )?;
                inst.func_wrap(
                    "tint",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (p, c): (DepPoint, Color)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::tint(host, p, c))
                    },
                )?;
                Ok(())
            }
        }
    }
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod dep_types {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod geometry {
            pub type Point = super::super::super::test::dep_types::types::Point;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Rect {
                pub origin: Point,
                pub width: f32,
                pub height: f32,
            }
            /// Dependency package test:dep-types, file 2 of 2: uses the sibling
            /// interface from the other file.
            pub trait Host {
                fn area(&mut self, r: Rect) -> f32;
                fn contains(&mut self, r: Rect, p: Point) -> bool;
            }
            /// Defines the functions of `test:dep-types/geometry` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:dep-types/geometry")?;
                inst.func_wrap(
                    "area",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (r,): (Rect,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::area(host, r))
                    },
                )?;
                inst.func_wrap(
                    "contains",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (r, p): (Rect, Point)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::contains(host, r, p))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod types {
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Color {
                Red,
                Green,
                Blue,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Point {
                pub x: f32,
                pub y: f32,
            }
            /// A tree encoded without recursion: nodes refer to each other by index.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Tree {
                pub labels: ::std::vec::Vec<::std::string::String>,
                pub children: ::std::vec::Vec<::std::vec::Vec<u32>>,
            }
            pub trait Host {
                fn mix(&mut self, a: Color, b: Color) -> Color;
            }
            /// Defines the functions of `test:dep-types/types` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:dep-types/types")?;
                inst.func_wrap(
                    "mix",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (Color, Color)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::mix(host, a, b))
                    },
                )?;
                Ok(())
            }
        }
    }
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod dep_util {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod util {
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Level {
                Debug,
                Info,
                Warn,
            }
            pub trait Host {
                fn log(&mut self, l: Level, msg: ::std::string::String);
            }
            /// Defines the functions of `test:dep-util/util@0.2.0` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:dep-util/util@0.2.0")?;
                inst.func_wrap(
                    "log",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (l, msg): (Level, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::log(host, l, msg))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `cross-package`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct CrossPackage {
    instance: ::canon_host::Instance,
    test_dep_types_geometry: exports::test::dep_types::geometry::Guest,
    test_cross_package_local: exports::test::cross_package::local::Guest,
}
impl CrossPackage {
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
            test_dep_types_geometry: exports::test::dep_types::geometry::Guest::new(
                instance,
            )?,
            test_cross_package_local: exports::test::cross_package::local::Guest::new(
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
        U: test::dep_types::types::Host + test::dep_types::geometry::Host
            + test::dep_util::util::Host + test::cross_package::local::Host + 'static,
    {
        test::dep_types::types::add_to_linker(linker, get)?;
        test::dep_types::geometry::add_to_linker(linker, get)?;
        test::dep_util::util::add_to_linker(linker, get)?;
        test::cross_package::local::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:dep-types/geometry`.
    pub fn test_dep_types_geometry(&self) -> &exports::test::dep_types::geometry::Guest {
        &self.test_dep_types_geometry
    }
    /// The exported interface `test:cross-package/local`.
    pub fn test_cross_package_local(
        &self,
    ) -> &exports::test::cross_package::local::Guest {
        &self.test_cross_package_local
    }
}
