#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod lists {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod lists_api {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Point {
                    pub x: i32,
                    pub y: i32,
                    pub label: ::std::string::String,
                }
                /// The functions of the exported interface `test:lists/lists-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    bytes: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u8>,),
                        ::std::vec::Vec<u8>,
                    >,
                    words: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u32>,),
                        ::std::vec::Vec<u32>,
                    >,
                    doubles: ::canon_host::TypedFunc<
                        (::std::vec::Vec<f64>,),
                        ::std::vec::Vec<f64>,
                    >,
                    floats: ::canon_host::TypedFunc<
                        (::std::vec::Vec<f32>,),
                        ::std::vec::Vec<f32>,
                    >,
                    bools: ::canon_host::TypedFunc<
                        (::std::vec::Vec<bool>,),
                        ::std::vec::Vec<bool>,
                    >,
                    chars: ::canon_host::TypedFunc<
                        (::std::vec::Vec<char>,),
                        ::std::vec::Vec<char>,
                    >,
                    signed: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<i8>,
                            ::std::vec::Vec<i16>,
                            ::std::vec::Vec<i32>,
                            ::std::vec::Vec<i64>,
                        ),
                        (
                            ::std::vec::Vec<i8>,
                            ::std::vec::Vec<i16>,
                            ::std::vec::Vec<i32>,
                            ::std::vec::Vec<i64>,
                        ),
                    >,
                    unsigned_wide: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u16>, ::std::vec::Vec<u64>),
                        (::std::vec::Vec<u16>, ::std::vec::Vec<u64>),
                    >,
                    strings: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::string::String>,),
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    points: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Point>,),
                        ::std::vec::Vec<Point>,
                    >,
                    pairs: ::canon_host::TypedFunc<
                        (::std::vec::Vec<(u8, ::std::string::String)>,),
                        ::std::vec::Vec<(u8, ::std::string::String)>,
                    >,
                    maybes: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::core::option::Option<u32>>,),
                        ::std::vec::Vec<::core::option::Option<u32>>,
                    >,
                    outcomes: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<
                                ::core::result::Result<u16, ::std::string::String>,
                            >,
                        ),
                        ::std::vec::Vec<
                            ::core::result::Result<u16, ::std::string::String>,
                        >,
                    >,
                    nested: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::vec::Vec<u16>>,),
                        ::std::vec::Vec<::std::vec::Vec<u16>>,
                    >,
                    nested_strings: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::vec::Vec<::std::string::String>>,),
                        ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
                    >,
                    deep: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,),
                        ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,
                    >,
                    sum: ::canon_host::TypedFunc<(::std::vec::Vec<u32>,), u64>,
                    range: ::canon_host::TypedFunc<(u32, u32), ::std::vec::Vec<u32>>,
                    two_lists: ::canon_host::TypedFunc<
                        (::std::vec::Vec<u8>, ::std::vec::Vec<::std::string::String>),
                        (::std::vec::Vec<::std::string::String>, ::std::vec::Vec<u8>),
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:lists/lists-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:lists/lists-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            bytes: exports
                                .get_func("bytes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `bytes`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<u8>,), ::std::vec::Vec<u8>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `bytes`",
                                        e
                                    ),
                                ))?,
                            words: exports
                                .get_func("words")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `words`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<u32>,), ::std::vec::Vec<u32>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `words`",
                                        e
                                    ),
                                ))?,
                            doubles: exports
                                .get_func("doubles")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `doubles`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<f64>,), ::std::vec::Vec<f64>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `doubles`",
                                        e
                                    ),
                                ))?,
                            floats: exports
                                .get_func("floats")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `floats`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<f32>,), ::std::vec::Vec<f32>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `floats`",
                                        e
                                    ),
                                ))?,
                            bools: exports
                                .get_func("bools")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `bools`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<bool>,), ::std::vec::Vec<bool>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `bools`",
                                        e
                                    ),
                                ))?,
                            chars: exports
                                .get_func("chars")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `chars`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<char>,), ::std::vec::Vec<char>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `chars`",
                                        e
                                    ),
                                ))?,
                            signed: exports
                                .get_func("signed")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `signed`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<i8>,
                                        ::std::vec::Vec<i16>,
                                        ::std::vec::Vec<i32>,
                                        ::std::vec::Vec<i64>,
                                    ),
                                    (
                                        ::std::vec::Vec<i8>,
                                        ::std::vec::Vec<i16>,
                                        ::std::vec::Vec<i32>,
                                        ::std::vec::Vec<i64>,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `signed`",
                                        e
                                    ),
                                ))?,
                            unsigned_wide: exports
                                .get_func("unsigned-wide")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `unsigned-wide`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<u16>, ::std::vec::Vec<u64>),
                                    (::std::vec::Vec<u16>, ::std::vec::Vec<u64>),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `unsigned-wide`",
                                        e
                                    ),
                                ))?,
                            strings: exports
                                .get_func("strings")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `strings`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::string::String>,),
                                    ::std::vec::Vec<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `strings`",
                                        e
                                    ),
                                ))?,
                            points: exports
                                .get_func("points")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `points`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Point>,),
                                    ::std::vec::Vec<Point>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `points`",
                                        e
                                    ),
                                ))?,
                            pairs: exports
                                .get_func("pairs")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `pairs`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<(u8, ::std::string::String)>,),
                                    ::std::vec::Vec<(u8, ::std::string::String)>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `pairs`",
                                        e
                                    ),
                                ))?,
                            maybes: exports
                                .get_func("maybes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `maybes`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::core::option::Option<u32>>,),
                                    ::std::vec::Vec<::core::option::Option<u32>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `maybes`",
                                        e
                                    ),
                                ))?,
                            outcomes: exports
                                .get_func("outcomes")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `outcomes`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<
                                            ::core::result::Result<u16, ::std::string::String>,
                                        >,
                                    ),
                                    ::std::vec::Vec<
                                        ::core::result::Result<u16, ::std::string::String>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `outcomes`",
                                        e
                                    ),
                                ))?,
                            nested: exports
                                .get_func("nested")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `nested`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::vec::Vec<u16>>,),
                                    ::std::vec::Vec<::std::vec::Vec<u16>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `nested`",
                                        e
                                    ),
                                ))?,
                            nested_strings: exports
                                .get_func("nested-strings")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `nested-strings`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::vec::Vec<::std::string::String>>,),
                                    ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `nested-strings`",
                                        e
                                    ),
                                ))?,
                            deep: exports
                                .get_func("deep")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `deep`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,),
                                    ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `deep`",
                                        e
                                    ),
                                ))?,
                            sum: exports
                                .get_func("sum")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `sum`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<u32>,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `sum`",
                                        e
                                    ),
                                ))?,
                            range: exports
                                .get_func("range")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `range`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), ::std::vec::Vec<u32>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `range`",
                                        e
                                    ),
                                ))?,
                            two_lists: exports
                                .get_func("two-lists")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:lists/lists-api` has no function `two-lists`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<u8>,
                                        ::std::vec::Vec<::std::string::String>,
                                    ),
                                    (
                                        ::std::vec::Vec<::std::string::String>,
                                        ::std::vec::Vec<u8>,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:lists/lists-api`, function `two-lists`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_bytes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<::std::vec::Vec<u8>> {
                        self.bytes.call(store, (x,))
                    }
                    pub fn call_words<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<u32>,
                    ) -> ::canon_host::Result<::std::vec::Vec<u32>> {
                        self.words.call(store, (x,))
                    }
                    pub fn call_doubles<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<f64>,
                    ) -> ::canon_host::Result<::std::vec::Vec<f64>> {
                        self.doubles.call(store, (x,))
                    }
                    pub fn call_floats<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<f32>,
                    ) -> ::canon_host::Result<::std::vec::Vec<f32>> {
                        self.floats.call(store, (x,))
                    }
                    pub fn call_bools<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<bool>,
                    ) -> ::canon_host::Result<::std::vec::Vec<bool>> {
                        self.bools.call(store, (x,))
                    }
                    pub fn call_chars<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<char>,
                    ) -> ::canon_host::Result<::std::vec::Vec<char>> {
                        self.chars.call(store, (x,))
                    }
                    pub fn call_signed<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::std::vec::Vec<i8>,
                        b: ::std::vec::Vec<i16>,
                        c: ::std::vec::Vec<i32>,
                        d: ::std::vec::Vec<i64>,
                    ) -> ::canon_host::Result<
                        (
                            ::std::vec::Vec<i8>,
                            ::std::vec::Vec<i16>,
                            ::std::vec::Vec<i32>,
                            ::std::vec::Vec<i64>,
                        ),
                    > {
                        self.signed.call(store, (a, b, c, d))
                    }
                    pub fn call_unsigned_wide<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::std::vec::Vec<u16>,
                        b: ::std::vec::Vec<u64>,
                    ) -> ::canon_host::Result<
                        (::std::vec::Vec<u16>, ::std::vec::Vec<u64>),
                    > {
                        self.unsigned_wide.call(store, (a, b))
                    }
                    pub fn call_strings<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::std::string::String>,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::string::String>> {
                        self.strings.call(store, (x,))
                    }
                    pub fn call_points<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<Point>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Point>> {
                        self.points.call(store, (x,))
                    }
                    pub fn call_pairs<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<(u8, ::std::string::String)>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<(u8, ::std::string::String)>,
                    > {
                        self.pairs.call(store, (x,))
                    }
                    pub fn call_maybes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::core::option::Option<u32>>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::core::option::Option<u32>>,
                    > {
                        self.maybes.call(store, (x,))
                    }
                    pub fn call_outcomes<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<
                            ::core::result::Result<u16, ::std::string::String>,
                        >,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<
                            ::core::result::Result<u16, ::std::string::String>,
                        >,
                    > {
                        self.outcomes.call(store, (x,))
                    }
                    pub fn call_nested<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::std::vec::Vec<u16>>,
                    ) -> ::canon_host::Result<::std::vec::Vec<::std::vec::Vec<u16>>> {
                        self.nested.call(store, (x,))
                    }
                    pub fn call_nested_strings<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
                    > {
                        self.nested_strings.call(store, (x,))
                    }
                    pub fn call_deep<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,
                    > {
                        self.deep.call(store, (x,))
                    }
                    pub fn call_sum<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<u32>,
                    ) -> ::canon_host::Result<u64> {
                        self.sum.call(store, (x,))
                    }
                    pub fn call_range<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        start: u32,
                        end: u32,
                    ) -> ::canon_host::Result<::std::vec::Vec<u32>> {
                        self.range.call(store, (start, end))
                    }
                    pub fn call_two_lists<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: ::std::vec::Vec<u8>,
                        b: ::std::vec::Vec<::std::string::String>,
                    ) -> ::canon_host::Result<
                        (::std::vec::Vec<::std::string::String>, ::std::vec::Vec<u8>),
                    > {
                        self.two_lists.call(store, (a, b))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod lists {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod lists_api {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Point {
                pub x: i32,
                pub y: i32,
                pub label: ::std::string::String,
            }
            pub trait Host {
                fn bytes(&mut self, x: ::std::vec::Vec<u8>) -> ::std::vec::Vec<u8>;
                fn words(&mut self, x: ::std::vec::Vec<u32>) -> ::std::vec::Vec<u32>;
                fn doubles(&mut self, x: ::std::vec::Vec<f64>) -> ::std::vec::Vec<f64>;
                fn floats(&mut self, x: ::std::vec::Vec<f32>) -> ::std::vec::Vec<f32>;
                fn bools(&mut self, x: ::std::vec::Vec<bool>) -> ::std::vec::Vec<bool>;
                fn chars(&mut self, x: ::std::vec::Vec<char>) -> ::std::vec::Vec<char>;
                fn signed(
                    &mut self,
                    a: ::std::vec::Vec<i8>,
                    b: ::std::vec::Vec<i16>,
                    c: ::std::vec::Vec<i32>,
                    d: ::std::vec::Vec<i64>,
                ) -> (
                    ::std::vec::Vec<i8>,
                    ::std::vec::Vec<i16>,
                    ::std::vec::Vec<i32>,
                    ::std::vec::Vec<i64>,
                );
                fn unsigned_wide(
                    &mut self,
                    a: ::std::vec::Vec<u16>,
                    b: ::std::vec::Vec<u64>,
                ) -> (::std::vec::Vec<u16>, ::std::vec::Vec<u64>);
                fn strings(
                    &mut self,
                    x: ::std::vec::Vec<::std::string::String>,
                ) -> ::std::vec::Vec<::std::string::String>;
                fn points(
                    &mut self,
                    x: ::std::vec::Vec<Point>,
                ) -> ::std::vec::Vec<Point>;
                fn pairs(
                    &mut self,
                    x: ::std::vec::Vec<(u8, ::std::string::String)>,
                ) -> ::std::vec::Vec<(u8, ::std::string::String)>;
                fn maybes(
                    &mut self,
                    x: ::std::vec::Vec<::core::option::Option<u32>>,
                ) -> ::std::vec::Vec<::core::option::Option<u32>>;
                fn outcomes(
                    &mut self,
                    x: ::std::vec::Vec<
                        ::core::result::Result<u16, ::std::string::String>,
                    >,
                ) -> ::std::vec::Vec<::core::result::Result<u16, ::std::string::String>>;
                fn nested(
                    &mut self,
                    x: ::std::vec::Vec<::std::vec::Vec<u16>>,
                ) -> ::std::vec::Vec<::std::vec::Vec<u16>>;
                fn nested_strings(
                    &mut self,
                    x: ::std::vec::Vec<::std::vec::Vec<::std::string::String>>,
                ) -> ::std::vec::Vec<::std::vec::Vec<::std::string::String>>;
                fn deep(
                    &mut self,
                    x: ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,
                ) -> ::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>;
                fn sum(&mut self, x: ::std::vec::Vec<u32>) -> u64;
                fn range(&mut self, start: u32, end: u32) -> ::std::vec::Vec<u32>;
                fn two_lists(
                    &mut self,
                    a: ::std::vec::Vec<u8>,
                    b: ::std::vec::Vec<::std::string::String>,
                ) -> (::std::vec::Vec<::std::string::String>, ::std::vec::Vec<u8>);
            }
            /// Defines the functions of `test:lists/lists-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:lists/lists-api")?;
                inst.func_wrap(
                    "bytes",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::bytes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "words",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<u32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::words(host, x))
                    },
                )?;
                inst.func_wrap(
                    "doubles",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<f64>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::doubles(host, x))
                    },
                )?;
                inst.func_wrap(
                    "floats",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<f32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::floats(host, x))
                    },
                )?;
                inst.func_wrap(
                    "bools",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<bool>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::bools(host, x))
                    },
                )?;
                inst.func_wrap(
                    "chars",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<char>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::chars(host, x))
                    },
                )?;
                inst.func_wrap(
                    "signed",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                            c,
                            d,
                        ): (
                            ::std::vec::Vec<i8>,
                            ::std::vec::Vec<i16>,
                            ::std::vec::Vec<i32>,
                            ::std::vec::Vec<i64>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::signed(host, a, b, c, d))
                    },
                )?;
                inst.func_wrap(
                    "unsigned-wide",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (::std::vec::Vec<u16>, ::std::vec::Vec<u64>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::unsigned_wide(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "strings",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::strings(host, x))
                    },
                )?;
                inst.func_wrap(
                    "points",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<Point>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::points(host, x))
                    },
                )?;
                inst.func_wrap(
                    "pairs",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<(u8, ::std::string::String)>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::pairs(host, x))
                    },
                )?;
                inst.func_wrap(
                    "maybes",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::core::option::Option<u32>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::maybes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "outcomes",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::std::vec::Vec<
                                ::core::result::Result<u16, ::std::string::String>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::outcomes(host, x))
                    },
                )?;
                inst.func_wrap(
                    "nested",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::std::vec::Vec<u16>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::nested(host, x))
                    },
                )?;
                inst.func_wrap(
                    "nested-strings",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::std::vec::Vec<::std::string::String>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::nested_strings(host, x))
                    },
                )?;
                inst.func_wrap(
                    "deep",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::std::vec::Vec<::std::vec::Vec<u8>>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::deep(host, x))
                    },
                )?;
                inst.func_wrap(
                    "sum",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<u32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::sum(host, x))
                    },
                )?;
                inst.func_wrap(
                    "range",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (start, end): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::range(host, start, end))
                    },
                )?;
                inst.func_wrap(
                    "two-lists",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                        ): (::std::vec::Vec<u8>, ::std::vec::Vec<::std::string::String>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::two_lists(host, a, b))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `lists`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Lists {
    instance: ::canon_host::Instance,
    test_lists_lists_api: exports::test::lists::lists_api::Guest,
}
impl Lists {
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
            test_lists_lists_api: exports::test::lists::lists_api::Guest::new(instance)?,
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
        U: test::lists::lists_api::Host + 'static,
    {
        test::lists::lists_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:lists/lists-api`.
    pub fn test_lists_lists_api(&self) -> &exports::test::lists::lists_api::Guest {
        &self.test_lists_lists_api
    }
}
