#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod records {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod records_api {
                /// A single-field record flattens to a single value.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Wrapper {
                    pub value: u32,
                }
                /// Fields ordered to force padding between them.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Padded {
                    pub a: u8,
                    pub b: u64,
                    pub c: u16,
                    pub d: f32,
                    pub e: bool,
                    pub f: f64,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Point {
                    pub x: f64,
                    pub y: f64,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Line {
                    pub start: Point,
                    pub end: Point,
                }
                /// A record of records of records.
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Shape {
                    pub name: ::std::string::String,
                    pub outline: ::std::vec::Vec<Line>,
                    pub center: Point,
                    pub bounds: Line,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Person {
                    pub name: ::std::string::String,
                    pub age: u8,
                    pub email: ::core::option::Option<::std::string::String>,
                    pub tags: ::std::vec::Vec<::std::string::String>,
                    pub friend_ids: ::std::vec::Vec<u64>,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct ManyFields {
                    pub f1: u8,
                    pub f2: u16,
                    pub f3: u32,
                    pub f4: u64,
                    pub f5: i8,
                    pub f6: i16,
                    pub f7: i32,
                    pub f8: i64,
                    pub f9: f32,
                    pub f10: f64,
                    pub f11: char,
                    pub f12: bool,
                    pub f13: ::std::string::String,
                    pub f14: ::std::vec::Vec<u8>,
                    pub f15: ::core::option::Option<u32>,
                    pub f16: (u8, u8),
                }
                /// The functions of the exported interface `test:records/records-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_wrapper: ::canon_host::TypedFunc<(Wrapper,), Wrapper>,
                    echo_padded: ::canon_host::TypedFunc<(Padded,), Padded>,
                    echo_point: ::canon_host::TypedFunc<(Point,), Point>,
                    echo_line: ::canon_host::TypedFunc<(Line,), Line>,
                    echo_shape: ::canon_host::TypedFunc<(Shape,), Shape>,
                    echo_person: ::canon_host::TypedFunc<(Person,), Person>,
                    echo_many: ::canon_host::TypedFunc<(ManyFields,), ManyFields>,
                    make_line: ::canon_host::TypedFunc<(Point, Point), Line>,
                    maybe_person: ::canon_host::TypedFunc<
                        (::core::option::Option<Person>,),
                        ::core::option::Option<Person>,
                    >,
                    people: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Person>,),
                        ::std::vec::Vec<Person>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:records/records-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:records/records-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_wrapper: exports
                                .get_func("echo-wrapper")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-wrapper`"
                                        .into(),
                                ))?
                                .typed::<(Wrapper,), Wrapper>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-wrapper`",
                                        e
                                    ),
                                ))?,
                            echo_padded: exports
                                .get_func("echo-padded")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-padded`"
                                        .into(),
                                ))?
                                .typed::<(Padded,), Padded>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-padded`",
                                        e
                                    ),
                                ))?,
                            echo_point: exports
                                .get_func("echo-point")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-point`"
                                        .into(),
                                ))?
                                .typed::<(Point,), Point>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-point`",
                                        e
                                    ),
                                ))?,
                            echo_line: exports
                                .get_func("echo-line")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-line`"
                                        .into(),
                                ))?
                                .typed::<(Line,), Line>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-line`",
                                        e
                                    ),
                                ))?,
                            echo_shape: exports
                                .get_func("echo-shape")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-shape`"
                                        .into(),
                                ))?
                                .typed::<(Shape,), Shape>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-shape`",
                                        e
                                    ),
                                ))?,
                            echo_person: exports
                                .get_func("echo-person")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-person`"
                                        .into(),
                                ))?
                                .typed::<(Person,), Person>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-person`",
                                        e
                                    ),
                                ))?,
                            echo_many: exports
                                .get_func("echo-many")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `echo-many`"
                                        .into(),
                                ))?
                                .typed::<(ManyFields,), ManyFields>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `echo-many`",
                                        e
                                    ),
                                ))?,
                            make_line: exports
                                .get_func("make-line")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `make-line`"
                                        .into(),
                                ))?
                                .typed::<(Point, Point), Line>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `make-line`",
                                        e
                                    ),
                                ))?,
                            maybe_person: exports
                                .get_func("maybe-person")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `maybe-person`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<Person>,),
                                    ::core::option::Option<Person>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `maybe-person`",
                                        e
                                    ),
                                ))?,
                            people: exports
                                .get_func("people")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:records/records-api` has no function `people`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Person>,),
                                    ::std::vec::Vec<Person>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:records/records-api`, function `people`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_wrapper<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Wrapper,
                    ) -> ::canon_host::Result<Wrapper> {
                        self.echo_wrapper.call(store, (x,))
                    }
                    pub fn call_echo_padded<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Padded,
                    ) -> ::canon_host::Result<Padded> {
                        self.echo_padded.call(store, (x,))
                    }
                    pub fn call_echo_point<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Point,
                    ) -> ::canon_host::Result<Point> {
                        self.echo_point.call(store, (x,))
                    }
                    pub fn call_echo_line<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Line,
                    ) -> ::canon_host::Result<Line> {
                        self.echo_line.call(store, (x,))
                    }
                    pub fn call_echo_shape<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Shape,
                    ) -> ::canon_host::Result<Shape> {
                        self.echo_shape.call(store, (x,))
                    }
                    pub fn call_echo_person<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: Person,
                    ) -> ::canon_host::Result<Person> {
                        self.echo_person.call(store, (x,))
                    }
                    pub fn call_echo_many<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ManyFields,
                    ) -> ::canon_host::Result<ManyFields> {
                        self.echo_many.call(store, (x,))
                    }
                    pub fn call_make_line<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: Point,
                        b: Point,
                    ) -> ::canon_host::Result<Line> {
                        self.make_line.call(store, (a, b))
                    }
                    pub fn call_maybe_person<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::option::Option<Person>,
                    ) -> ::canon_host::Result<::core::option::Option<Person>> {
                        self.maybe_person.call(store, (x,))
                    }
                    pub fn call_people<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<Person>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Person>> {
                        self.people.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod records {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod records_api {
            /// A single-field record flattens to a single value.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Wrapper {
                pub value: u32,
            }
            /// Fields ordered to force padding between them.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Padded {
                pub a: u8,
                pub b: u64,
                pub c: u16,
                pub d: f32,
                pub e: bool,
                pub f: f64,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Point {
                pub x: f64,
                pub y: f64,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Line {
                pub start: Point,
                pub end: Point,
            }
            /// A record of records of records.
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Shape {
                pub name: ::std::string::String,
                pub outline: ::std::vec::Vec<Line>,
                pub center: Point,
                pub bounds: Line,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Person {
                pub name: ::std::string::String,
                pub age: u8,
                pub email: ::core::option::Option<::std::string::String>,
                pub tags: ::std::vec::Vec<::std::string::String>,
                pub friend_ids: ::std::vec::Vec<u64>,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct ManyFields {
                pub f1: u8,
                pub f2: u16,
                pub f3: u32,
                pub f4: u64,
                pub f5: i8,
                pub f6: i16,
                pub f7: i32,
                pub f8: i64,
                pub f9: f32,
                pub f10: f64,
                pub f11: char,
                pub f12: bool,
                pub f13: ::std::string::String,
                pub f14: ::std::vec::Vec<u8>,
                pub f15: ::core::option::Option<u32>,
                pub f16: (u8, u8),
            }
            pub trait Host {
                fn echo_wrapper(&mut self, x: Wrapper) -> Wrapper;
                fn echo_padded(&mut self, x: Padded) -> Padded;
                fn echo_point(&mut self, x: Point) -> Point;
                fn echo_line(&mut self, x: Line) -> Line;
                fn echo_shape(&mut self, x: Shape) -> Shape;
                fn echo_person(&mut self, x: Person) -> Person;
                fn echo_many(&mut self, x: ManyFields) -> ManyFields;
                fn make_line(&mut self, a: Point, b: Point) -> Line;
                fn maybe_person(
                    &mut self,
                    x: ::core::option::Option<Person>,
                ) -> ::core::option::Option<Person>;
                fn people(
                    &mut self,
                    x: ::std::vec::Vec<Person>,
                ) -> ::std::vec::Vec<Person>;
            }
            /// Defines the functions of `test:records/records-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:records/records-api")?;
                inst.func_wrap(
                    "echo-wrapper",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (Wrapper,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_wrapper(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-padded",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Padded,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_padded(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-point",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Point,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_point(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-line",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Line,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_line(host, x))
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
                    "echo-person",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (Person,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_person(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-many",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (ManyFields,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_many(host, x))
                    },
                )?;
                inst.func_wrap(
                    "make-line",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (Point, Point)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::make_line(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "maybe-person",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::option::Option<Person>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybe_person(host, x))
                    },
                )?;
                inst.func_wrap(
                    "people",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<Person>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::people(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `records`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Records {
    instance: ::canon_host::Instance,
    test_records_records_api: exports::test::records::records_api::Guest,
}
impl Records {
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
            test_records_records_api: exports::test::records::records_api::Guest::new(
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
        U: test::records::records_api::Host + 'static,
    {
        test::records::records_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:records/records-api`.
    pub fn test_records_records_api(
        &self,
    ) -> &exports::test::records::records_api::Guest {
        &self.test_records_records_api
    }
}
