#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod enums {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod enums_api {
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Unit {
                    Only,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Binary {
                    Off,
                    On,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Color {
                    Red,
                    Green,
                    Blue,
                    Yellow,
                    Other,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Direction {
                    North,
                    NorthEast,
                    East,
                    SouthEast,
                    South,
                    SouthWest,
                    West,
                    NorthWest,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Pixel {
                    pub color: Color,
                    pub lit: Binary,
                }
                /// The functions of the exported interface `test:enums/enums-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_unit: ::canon_host::TypedFunc<(Unit,), Unit>,
                    echo_binary: ::canon_host::TypedFunc<(Binary,), Binary>,
                    echo_color: ::canon_host::TypedFunc<(Color,), Color>,
                    echo_direction: ::canon_host::TypedFunc<(Direction,), Direction>,
                    echo_pixel: ::canon_host::TypedFunc<(Pixel,), Pixel>,
                    colors: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Color>,),
                        ::std::vec::Vec<Color>,
                    >,
                    maybe_color: ::canon_host::TypedFunc<
                        (::core::option::Option<Color>,),
                        ::core::option::Option<Color>,
                    >,
                    turn: ::canon_host::TypedFunc<
                        (Direction, i8),
                        ::core::result::Result<Direction, Binary>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:enums/enums-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:enums/enums-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_unit: exports
                                .get_func("echo-unit")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `echo-unit`"
                                        .into(),
                                ))?
                                .typed::<(Unit,), Unit>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `echo-unit`",
                                        e
                                    ),
                                ))?,
                            echo_binary: exports
                                .get_func("echo-binary")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `echo-binary`"
                                        .into(),
                                ))?
                                .typed::<(Binary,), Binary>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `echo-binary`",
                                        e
                                    ),
                                ))?,
                            echo_color: exports
                                .get_func("echo-color")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `echo-color`"
                                        .into(),
                                ))?
                                .typed::<(Color,), Color>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `echo-color`",
                                        e
                                    ),
                                ))?,
                            echo_direction: exports
                                .get_func("echo-direction")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `echo-direction`"
                                        .into(),
                                ))?
                                .typed::<(Direction,), Direction>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `echo-direction`",
                                        e
                                    ),
                                ))?,
                            echo_pixel: exports
                                .get_func("echo-pixel")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `echo-pixel`"
                                        .into(),
                                ))?
                                .typed::<(Pixel,), Pixel>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `echo-pixel`",
                                        e
                                    ),
                                ))?,
                            colors: exports
                                .get_func("colors")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `colors`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Color>,),
                                    ::std::vec::Vec<Color>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `colors`",
                                        e
                                    ),
                                ))?,
                            maybe_color: exports
                                .get_func("maybe-color")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `maybe-color`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<Color>,),
                                    ::core::option::Option<Color>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `maybe-color`",
                                        e
                                    ),
                                ))?,
                            turn: exports
                                .get_func("turn")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:enums/enums-api` has no function `turn`"
                                        .into(),
                                ))?
                                .typed::<
                                    (Direction, i8),
                                    ::core::result::Result<Direction, Binary>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:enums/enums-api`, function `turn`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_unit<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Unit,
                    ) -> ::canon_host::Result<Unit> {
                        self.echo_unit.call(store, (x,))
                    }
                    pub fn call_echo_binary<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Binary,
                    ) -> ::canon_host::Result<Binary> {
                        self.echo_binary.call(store, (x,))
                    }
                    pub fn call_echo_color<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Color,
                    ) -> ::canon_host::Result<Color> {
                        self.echo_color.call(store, (x,))
                    }
                    pub fn call_echo_direction<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Direction,
                    ) -> ::canon_host::Result<Direction> {
                        self.echo_direction.call(store, (x,))
                    }
                    pub fn call_echo_pixel<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Pixel,
                    ) -> ::canon_host::Result<Pixel> {
                        self.echo_pixel.call(store, (x,))
                    }
                    pub fn call_colors<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<Color>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Color>> {
                        self.colors.call(store, (x,))
                    }
                    pub fn call_maybe_color<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<Color>,
                    ) -> ::canon_host::Result<::core::option::Option<Color>> {
                        self.maybe_color.call(store, (x,))
                    }
                    pub fn call_turn<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        start: Direction,
                        steps: i8,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<Direction, Binary>,
                    > {
                        self.turn.call(store, (start, steps))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod enums {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod enums_api {
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Unit {
                Only,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Binary {
                Off,
                On,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Color {
                Red,
                Green,
                Blue,
                Yellow,
                Other,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Direction {
                North,
                NorthEast,
                East,
                SouthEast,
                South,
                SouthWest,
                West,
                NorthWest,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Pixel {
                pub color: Color,
                pub lit: Binary,
            }
            pub trait Host {
                fn echo_unit(&mut self, x: Unit) -> Unit;
                fn echo_binary(&mut self, x: Binary) -> Binary;
                fn echo_color(&mut self, x: Color) -> Color;
                fn echo_direction(&mut self, x: Direction) -> Direction;
                fn echo_pixel(&mut self, x: Pixel) -> Pixel;
                fn colors(
                    &mut self,
                    x: ::std::vec::Vec<Color>,
                ) -> ::std::vec::Vec<Color>;
                fn maybe_color(
                    &mut self,
                    x: ::core::option::Option<Color>,
                ) -> ::core::option::Option<Color>;
                fn turn(
                    &mut self,
                    start: Direction,
                    steps: i8,
                ) -> ::core::result::Result<Direction, Binary>;
            }
            /// Defines the functions of `test:enums/enums-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:enums/enums-api")?;
                inst.func_wrap(
                    "echo-unit",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Unit,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_unit(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-binary",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Binary,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_binary(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-color",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Color,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_color(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-direction",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Direction,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_direction(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-pixel",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Pixel,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_pixel(host, x))
                    },
                )?;
                inst.func_wrap(
                    "colors",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<Color>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::colors(host, x))
                    },
                )?;
                inst.func_wrap(
                    "maybe-color",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<Color>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_color(host, x))
                    },
                )?;
                inst.func_wrap(
                    "turn",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (start, steps): (Direction, i8)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::turn(host, start, steps))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `enums`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Enums {
    instance: ::canon_host::Instance,
    test_enums_enums_api: exports::test::enums::enums_api::Guest,
}
impl Enums {
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
            test_enums_enums_api: exports::test::enums::enums_api::Guest::new(instance)?,
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
        U: test::enums::enums_api::Host + 'static,
    {
        test::enums::enums_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:enums/enums-api`.
    pub fn test_enums_enums_api(&self) -> &exports::test::enums::enums_api::Guest {
        &self.test_enums_enums_api
    }
}
