#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod many_functions {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod funcs {
                /// The functions of the exported interface `test:many-functions/funcs`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    id_u8: ::canon_host::TypedFunc<(u8,), u8>,
                    id_u16: ::canon_host::TypedFunc<(u16,), u16>,
                    id_u32: ::canon_host::TypedFunc<(u32,), u32>,
                    id_u64: ::canon_host::TypedFunc<(u64,), u64>,
                    id_s8: ::canon_host::TypedFunc<(i8,), i8>,
                    id_s16: ::canon_host::TypedFunc<(i16,), i16>,
                    id_s32: ::canon_host::TypedFunc<(i32,), i32>,
                    id_s64: ::canon_host::TypedFunc<(i64,), i64>,
                    id_f32: ::canon_host::TypedFunc<(f32,), f32>,
                    id_f64: ::canon_host::TypedFunc<(f64,), f64>,
                    id_bool: ::canon_host::TypedFunc<(bool,), bool>,
                    id_char: ::canon_host::TypedFunc<(char,), char>,
                    id_string: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::std::string::String,
                    >,
                    add: ::canon_host::TypedFunc<(u32, u32), u32>,
                    negate: ::canon_host::TypedFunc<(i64,), i64>,
                    scale: ::canon_host::TypedFunc<(f64, f32), f64>,
                    is_even: ::canon_host::TypedFunc<(u64,), bool>,
                    to_upper: ::canon_host::TypedFunc<(char,), char>,
                    greet: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::std::string::String,
                    >,
                    len: ::canon_host::TypedFunc<(::std::vec::Vec<u8>,), u32>,
                    first: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::std::string::String>,),
                        ::core::option::Option<::std::string::String>,
                    >,
                    swap: ::canon_host::TypedFunc<
                        ((u8, ::std::string::String),),
                        (::std::string::String, u8),
                    >,
                    divide: ::canon_host::TypedFunc<
                        (i32, i32),
                        ::core::result::Result<i32, ::std::string::String>,
                    >,
                    noop: ::canon_host::TypedFunc<(), ()>,
                    unit_in: ::canon_host::TypedFunc<(u16,), ()>,
                    unit_out: ::canon_host::TypedFunc<(), u16>,
                    count: ::canon_host::TypedFunc<(), u64>,
                    reset: ::canon_host::TypedFunc<(), ()>,
                    sum3: ::canon_host::TypedFunc<(f32, f32, f32), f32>,
                    pick: ::canon_host::TypedFunc<
                        (bool, ::std::string::String, ::std::string::String),
                        ::std::string::String,
                    >,
                    bytes_of: ::canon_host::TypedFunc<(u32,), ::std::vec::Vec<u8>>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:many-functions/funcs")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:many-functions/funcs`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            id_u8: exports
                                .get_func("id-u8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-u8`"
                                        .into(),
                                ))?
                                .typed::<(u8,), u8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-u8`",
                                        e
                                    ),
                                ))?,
                            id_u16: exports
                                .get_func("id-u16")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-u16`"
                                        .into(),
                                ))?
                                .typed::<(u16,), u16>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-u16`",
                                        e
                                    ),
                                ))?,
                            id_u32: exports
                                .get_func("id-u32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-u32`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-u32`",
                                        e
                                    ),
                                ))?,
                            id_u64: exports
                                .get_func("id-u64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-u64`"
                                        .into(),
                                ))?
                                .typed::<(u64,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-u64`",
                                        e
                                    ),
                                ))?,
                            id_s8: exports
                                .get_func("id-s8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-s8`"
                                        .into(),
                                ))?
                                .typed::<(i8,), i8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-s8`",
                                        e
                                    ),
                                ))?,
                            id_s16: exports
                                .get_func("id-s16")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-s16`"
                                        .into(),
                                ))?
                                .typed::<(i16,), i16>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-s16`",
                                        e
                                    ),
                                ))?,
                            id_s32: exports
                                .get_func("id-s32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-s32`"
                                        .into(),
                                ))?
                                .typed::<(i32,), i32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-s32`",
                                        e
                                    ),
                                ))?,
                            id_s64: exports
                                .get_func("id-s64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-s64`"
                                        .into(),
                                ))?
                                .typed::<(i64,), i64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-s64`",
                                        e
                                    ),
                                ))?,
                            id_f32: exports
                                .get_func("id-f32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-f32`"
                                        .into(),
                                ))?
                                .typed::<(f32,), f32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-f32`",
                                        e
                                    ),
                                ))?,
                            id_f64: exports
                                .get_func("id-f64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-f64`"
                                        .into(),
                                ))?
                                .typed::<(f64,), f64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-f64`",
                                        e
                                    ),
                                ))?,
                            id_bool: exports
                                .get_func("id-bool")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-bool`"
                                        .into(),
                                ))?
                                .typed::<(bool,), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-bool`",
                                        e
                                    ),
                                ))?,
                            id_char: exports
                                .get_func("id-char")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-char`"
                                        .into(),
                                ))?
                                .typed::<(char,), char>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-char`",
                                        e
                                    ),
                                ))?,
                            id_string: exports
                                .get_func("id-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `id-string`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `id-string`",
                                        e
                                    ),
                                ))?,
                            add: exports
                                .get_func("add")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `add`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `add`",
                                        e
                                    ),
                                ))?,
                            negate: exports
                                .get_func("negate")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `negate`"
                                        .into(),
                                ))?
                                .typed::<(i64,), i64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `negate`",
                                        e
                                    ),
                                ))?,
                            scale: exports
                                .get_func("scale")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `scale`"
                                        .into(),
                                ))?
                                .typed::<(f64, f32), f64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `scale`",
                                        e
                                    ),
                                ))?,
                            is_even: exports
                                .get_func("is-even")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `is-even`"
                                        .into(),
                                ))?
                                .typed::<(u64,), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `is-even`",
                                        e
                                    ),
                                ))?,
                            to_upper: exports
                                .get_func("to-upper")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `to-upper`"
                                        .into(),
                                ))?
                                .typed::<(char,), char>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `to-upper`",
                                        e
                                    ),
                                ))?,
                            greet: exports
                                .get_func("greet")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `greet`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `greet`",
                                        e
                                    ),
                                ))?,
                            len: exports
                                .get_func("len")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `len`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<u8>,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `len`",
                                        e
                                    ),
                                ))?,
                            first: exports
                                .get_func("first")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `first`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::std::string::String>,),
                                    ::core::option::Option<::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `first`",
                                        e
                                    ),
                                ))?,
                            swap: exports
                                .get_func("swap")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `swap`"
                                        .into(),
                                ))?
                                .typed::<
                                    ((u8, ::std::string::String),),
                                    (::std::string::String, u8),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `swap`",
                                        e
                                    ),
                                ))?,
                            divide: exports
                                .get_func("divide")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `divide`"
                                        .into(),
                                ))?
                                .typed::<
                                    (i32, i32),
                                    ::core::result::Result<i32, ::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `divide`",
                                        e
                                    ),
                                ))?,
                            noop: exports
                                .get_func("noop")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `noop`"
                                        .into(),
                                ))?
                                .typed::<(), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `noop`",
                                        e
                                    ),
                                ))?,
                            unit_in: exports
                                .get_func("unit-in")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `unit-in`"
                                        .into(),
                                ))?
                                .typed::<(u16,), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `unit-in`",
                                        e
                                    ),
                                ))?,
                            unit_out: exports
                                .get_func("unit-out")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `unit-out`"
                                        .into(),
                                ))?
                                .typed::<(), u16>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `unit-out`",
                                        e
                                    ),
                                ))?,
                            count: exports
                                .get_func("count")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `count`"
                                        .into(),
                                ))?
                                .typed::<(), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `count`",
                                        e
                                    ),
                                ))?,
                            reset: exports
                                .get_func("reset")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `reset`"
                                        .into(),
                                ))?
                                .typed::<(), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `reset`",
                                        e
                                    ),
                                ))?,
                            sum3: exports
                                .get_func("sum3")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `sum3`"
                                        .into(),
                                ))?
                                .typed::<(f32, f32, f32), f32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `sum3`",
                                        e
                                    ),
                                ))?,
                            pick: exports
                                .get_func("pick")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `pick`"
                                        .into(),
                                ))?
                                .typed::<
                                    (bool, ::std::string::String, ::std::string::String),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `pick`",
                                        e
                                    ),
                                ))?,
                            bytes_of: exports
                                .get_func("bytes-of")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-functions/funcs` has no function `bytes-of`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::std::vec::Vec<u8>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-functions/funcs`, function `bytes-of`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_id_u8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u8,
                    ) -> ::canon_host::Result<u8> {
                        self.id_u8.call(store, (x,))
                    }
                    pub fn call_id_u16<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u16,
                    ) -> ::canon_host::Result<u16> {
                        self.id_u16.call(store, (x,))
                    }
                    pub fn call_id_u32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.id_u32.call(store, (x,))
                    }
                    pub fn call_id_u64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u64,
                    ) -> ::canon_host::Result<u64> {
                        self.id_u64.call(store, (x,))
                    }
                    pub fn call_id_s8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i8,
                    ) -> ::canon_host::Result<i8> {
                        self.id_s8.call(store, (x,))
                    }
                    pub fn call_id_s16<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i16,
                    ) -> ::canon_host::Result<i16> {
                        self.id_s16.call(store, (x,))
                    }
                    pub fn call_id_s32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i32,
                    ) -> ::canon_host::Result<i32> {
                        self.id_s32.call(store, (x,))
                    }
                    pub fn call_id_s64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i64,
                    ) -> ::canon_host::Result<i64> {
                        self.id_s64.call(store, (x,))
                    }
                    pub fn call_id_f32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: f32,
                    ) -> ::canon_host::Result<f32> {
                        self.id_f32.call(store, (x,))
                    }
                    pub fn call_id_f64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: f64,
                    ) -> ::canon_host::Result<f64> {
                        self.id_f64.call(store, (x,))
                    }
                    pub fn call_id_bool<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: bool,
                    ) -> ::canon_host::Result<bool> {
                        self.id_bool.call(store, (x,))
                    }
                    pub fn call_id_char<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: char,
                    ) -> ::canon_host::Result<char> {
                        self.id_char.call(store, (x,))
                    }
                    pub fn call_id_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.id_string.call(store, (x,))
                    }
                    pub fn call_add<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: u32,
                        b: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.add.call(store, (a, b))
                    }
                    pub fn call_negate<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i64,
                    ) -> ::canon_host::Result<i64> {
                        self.negate.call(store, (x,))
                    }
                    pub fn call_scale<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: f64,
                        by: f32,
                    ) -> ::canon_host::Result<f64> {
                        self.scale.call(store, (x, by))
                    }
                    pub fn call_is_even<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        n: u64,
                    ) -> ::canon_host::Result<bool> {
                        self.is_even.call(store, (n,))
                    }
                    pub fn call_to_upper<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        c: char,
                    ) -> ::canon_host::Result<char> {
                        self.to_upper.call(store, (c,))
                    }
                    pub fn call_greet<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        name: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.greet.call(store, (name,))
                    }
                    pub fn call_len<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        xs: ::std::vec::Vec<u8>,
                    ) -> ::canon_host::Result<u32> {
                        self.len.call(store, (xs,))
                    }
                    pub fn call_first<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        xs: ::std::vec::Vec<::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::option::Option<::std::string::String>,
                    > {
                        self.first.call(store, (xs,))
                    }
                    pub fn call_swap<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p: (u8, ::std::string::String),
                    ) -> ::canon_host::Result<(::std::string::String, u8)> {
                        self.swap.call(store, (p,))
                    }
                    pub fn call_divide<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: i32,
                        b: i32,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<i32, ::std::string::String>,
                    > {
                        self.divide.call(store, (a, b))
                    }
                    pub fn call_noop<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<()> {
                        self.noop.call(store, ())
                    }
                    pub fn call_unit_in<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u16,
                    ) -> ::canon_host::Result<()> {
                        self.unit_in.call(store, (x,))
                    }
                    pub fn call_unit_out<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u16> {
                        self.unit_out.call(store, ())
                    }
                    pub fn call_count<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u64> {
                        self.count.call(store, ())
                    }
                    pub fn call_reset<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<()> {
                        self.reset.call(store, ())
                    }
                    pub fn call_sum3<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: f32,
                        b: f32,
                        c: f32,
                    ) -> ::canon_host::Result<f32> {
                        self.sum3.call(store, (a, b, c))
                    }
                    pub fn call_pick<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        flag: bool,
                        a: ::std::string::String,
                        b: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.pick.call(store, (flag, a, b))
                    }
                    pub fn call_bytes_of<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<::std::vec::Vec<u8>> {
                        self.bytes_of.call(store, (x,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod many_functions {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod funcs {
            pub trait Host {
                fn id_u8(&mut self, x: u8) -> u8;
                fn id_u16(&mut self, x: u16) -> u16;
                fn id_u32(&mut self, x: u32) -> u32;
                fn id_u64(&mut self, x: u64) -> u64;
                fn id_s8(&mut self, x: i8) -> i8;
                fn id_s16(&mut self, x: i16) -> i16;
                fn id_s32(&mut self, x: i32) -> i32;
                fn id_s64(&mut self, x: i64) -> i64;
                fn id_f32(&mut self, x: f32) -> f32;
                fn id_f64(&mut self, x: f64) -> f64;
                fn id_bool(&mut self, x: bool) -> bool;
                fn id_char(&mut self, x: char) -> char;
                fn id_string(
                    &mut self,
                    x: ::std::string::String,
                ) -> ::std::string::String;
                fn add(&mut self, a: u32, b: u32) -> u32;
                fn negate(&mut self, x: i64) -> i64;
                fn scale(&mut self, x: f64, by: f32) -> f64;
                fn is_even(&mut self, n: u64) -> bool;
                fn to_upper(&mut self, c: char) -> char;
                fn greet(
                    &mut self,
                    name: ::std::string::String,
                ) -> ::std::string::String;
                fn len(&mut self, xs: ::std::vec::Vec<u8>) -> u32;
                fn first(
                    &mut self,
                    xs: ::std::vec::Vec<::std::string::String>,
                ) -> ::core::option::Option<::std::string::String>;
                fn swap(
                    &mut self,
                    p: (u8, ::std::string::String),
                ) -> (::std::string::String, u8);
                fn divide(
                    &mut self,
                    a: i32,
                    b: i32,
                ) -> ::core::result::Result<i32, ::std::string::String>;
                fn noop(&mut self);
                fn unit_in(&mut self, x: u16);
                fn unit_out(&mut self) -> u16;
                fn count(&mut self) -> u64;
                fn reset(&mut self);
                fn sum3(&mut self, a: f32, b: f32, c: f32) -> f32;
                fn pick(
                    &mut self,
                    flag: bool,
                    a: ::std::string::String,
                    b: ::std::string::String,
                ) -> ::std::string::String;
                fn bytes_of(&mut self, x: u32) -> ::std::vec::Vec<u8>;
            }
            /// Defines the functions of `test:many-functions/funcs` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:many-functions/funcs")?;
                inst.func_wrap(
                    "id-u8",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_u8(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-u16",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u16,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_u16(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-u32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_u32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-u64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_u64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-s8",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_s8(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-s16",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i16,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_s16(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-s32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_s32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-s64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_s64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-f32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (f32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_f32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-f64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (f64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_f64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-bool",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (bool,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_bool(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-char",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (char,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::id_char(host, x))
                    },
                )?;
                inst.func_wrap(
                    "id-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::id_string(host, x))
                    },
                )?;
                inst.func_wrap(
                    "add",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::add(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "negate",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::negate(host, x))
                    },
                )?;
                inst.func_wrap(
                    "scale",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x, by): (f64, f32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::scale(host, x, by))
                    },
                )?;
                inst.func_wrap(
                    "is-even",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (n,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::is_even(host, n))
                    },
                )?;
                inst.func_wrap(
                    "to-upper",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (c,): (char,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::to_upper(host, c))
                    },
                )?;
                inst.func_wrap(
                    "greet",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (name,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::greet(host, name))
                    },
                )?;
                inst.func_wrap(
                    "len",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (xs,): (::std::vec::Vec<u8>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::len(host, xs))
                    },
                )?;
                inst.func_wrap(
                    "first",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (xs,): (::std::vec::Vec<::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::first(host, xs))
                    },
                )?;
                inst.func_wrap(
                    "swap",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (p,): ((u8, ::std::string::String),)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::swap(host, p))
                    },
                )?;
                inst.func_wrap(
                    "divide",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (i32, i32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::divide(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "noop",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::noop(host))
                    },
                )?;
                inst.func_wrap(
                    "unit-in",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u16,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::unit_in(host, x))
                    },
                )?;
                inst.func_wrap(
                    "unit-out",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::unit_out(host))
                    },
                )?;
                inst.func_wrap(
                    "count",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::count(host))
                    },
                )?;
                inst.func_wrap(
                    "reset",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::reset(host))
                    },
                )?;
                inst.func_wrap(
                    "sum3",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c): (f32, f32, f32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::sum3(host, a, b, c))
                    },
                )?;
                inst.func_wrap(
                    "pick",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            flag,
                            a,
                            b,
                        ): (bool, ::std::string::String, ::std::string::String)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::pick(host, flag, a, b))
                    },
                )?;
                inst.func_wrap(
                    "bytes-of",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::bytes_of(host, x))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `many-functions`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct ManyFunctions {
    instance: ::canon_host::Instance,
    test_many_functions_funcs: exports::test::many_functions::funcs::Guest,
}
impl ManyFunctions {
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
            test_many_functions_funcs: exports::test::many_functions::funcs::Guest::new(
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
        U: test::many_functions::funcs::Host + 'static,
    {
        test::many_functions::funcs::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:many-functions/funcs`.
    pub fn test_many_functions_funcs(
        &self,
    ) -> &exports::test::many_functions::funcs::Guest {
        &self.test_many_functions_funcs
    }
}
