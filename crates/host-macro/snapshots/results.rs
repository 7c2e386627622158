#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod results {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod results_api {
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum ErrorCode {
                    NotFound,
                    Denied,
                    Busy,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Failure {
                    pub code: ErrorCode,
                    pub message: ::std::string::String,
                }
                /// The functions of the exported interface `test:results/results-api`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    full: ::canon_host::TypedFunc<
                        (::core::result::Result<u32, ::std::string::String>,),
                        ::core::result::Result<u32, ::std::string::String>,
                    >,
                    ok_only: ::canon_host::TypedFunc<
                        (::core::result::Result<u32, ()>,),
                        ::core::result::Result<u32, ()>,
                    >,
                    err_only: ::canon_host::TypedFunc<
                        (::core::result::Result<(), ::std::string::String>,),
                        ::core::result::Result<(), ::std::string::String>,
                    >,
                    bare: ::canon_host::TypedFunc<
                        (::core::result::Result<(), ()>,),
                        ::core::result::Result<(), ()>,
                    >,
                    nested: ::canon_host::TypedFunc<
                        (
                            ::core::result::Result<
                                ::core::option::Option<::std::string::String>,
                                ::std::vec::Vec<u8>,
                            >,
                        ),
                        ::core::result::Result<
                            ::core::option::Option<::std::string::String>,
                            ::std::vec::Vec<u8>,
                        >,
                    >,
                    result_of_result: ::canon_host::TypedFunc<
                        (
                            ::core::result::Result<
                                ::core::result::Result<u8, ::std::string::String>,
                                ::std::string::String,
                            >,
                        ),
                        ::core::result::Result<
                            ::core::result::Result<u8, ::std::string::String>,
                            ::std::string::String,
                        >,
                    >,
                    float_int_join: ::canon_host::TypedFunc<
                        (::core::result::Result<f64, u64>,),
                        ::core::result::Result<f64, u64>,
                    >,
                    f32_u32_join: ::canon_host::TypedFunc<
                        (::core::result::Result<f32, u32>,),
                        ::core::result::Result<f32, u32>,
                    >,
                    f32_string_join: ::canon_host::TypedFunc<
                        (::core::result::Result<f32, ::std::string::String>,),
                        ::core::result::Result<f32, ::std::string::String>,
                    >,
                    with_enum: ::canon_host::TypedFunc<
                        (::core::result::Result<::std::string::String, ErrorCode>,),
                        ::core::result::Result<::std::string::String, ErrorCode>,
                    >,
                    with_record: ::canon_host::TypedFunc<
                        (
                            ::core::result::Result<
                                ::std::vec::Vec<::std::string::String>,
                                Failure,
                            >,
                        ),
                        ::core::result::Result<
                            ::std::vec::Vec<::std::string::String>,
                            Failure,
                        >,
                    >,
                    with_tuple: ::canon_host::TypedFunc<
                        (
                            ::core::result::Result<
                                (u8, u16),
                                (::std::string::String, char),
                            >,
                        ),
                        ::core::result::Result<(u8, u16), (::std::string::String, char)>,
                    >,
                    list_of_results: ::canon_host::TypedFunc<
                        (::std::vec::Vec<::core::result::Result<(), ErrorCode>>,),
                        ::std::vec::Vec<::core::result::Result<(), ErrorCode>>,
                    >,
                    parse_u32: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::core::result::Result<u32, Failure>,
                    >,
                    check: ::canon_host::TypedFunc<
                        (bool,),
                        ::core::result::Result<(), ()>,
                    >,
                    check_with_reason: ::canon_host::TypedFunc<
                        (bool,),
                        ::core::result::Result<(), ErrorCode>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:results/results-api")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:results/results-api`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            full: exports
                                .get_func("full")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `full`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<u32, ::std::string::String>,),
                                    ::core::result::Result<u32, ::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `full`",
                                        e
                                    ),
                                ))?,
                            ok_only: exports
                                .get_func("ok-only")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `ok-only`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<u32, ()>,),
                                    ::core::result::Result<u32, ()>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `ok-only`",
                                        e
                                    ),
                                ))?,
                            err_only: exports
                                .get_func("err-only")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `err-only`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<(), ::std::string::String>,),
                                    ::core::result::Result<(), ::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `err-only`",
                                        e
                                    ),
                                ))?,
                            bare: exports
                                .get_func("bare")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `bare`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<(), ()>,),
                                    ::core::result::Result<(), ()>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `bare`",
                                        e
                                    ),
                                ))?,
                            nested: exports
                                .get_func("nested")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `nested`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::result::Result<
                                            ::core::option::Option<::std::string::String>,
                                            ::std::vec::Vec<u8>,
                                        >,
                                    ),
                                    ::core::result::Result<
                                        ::core::option::Option<::std::string::String>,
                                        ::std::vec::Vec<u8>,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `nested`",
                                        e
                                    ),
                                ))?,
                            result_of_result: exports
                                .get_func("result-of-result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `result-of-result`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::result::Result<
                                            ::core::result::Result<u8, ::std::string::String>,
                                            ::std::string::String,
                                        >,
                                    ),
                                    ::core::result::Result<
                                        ::core::result::Result<u8, ::std::string::String>,
                                        ::std::string::String,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `result-of-result`",
                                        e
                                    ),
                                ))?,
                            float_int_join: exports
                                .get_func("float-int-join")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `float-int-join`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<f64, u64>,),
                                    ::core::result::Result<f64, u64>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `float-int-join`",
                                        e
                                    ),
                                ))?,
                            f32_u32_join: exports
                                .get_func("f32-u32-join")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `f32-u32-join`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<f32, u32>,),
                                    ::core::result::Result<f32, u32>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `f32-u32-join`",
                                        e
                                    ),
                                ))?,
                            f32_string_join: exports
                                .get_func("f32-string-join")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `f32-string-join`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<f32, ::std::string::String>,),
                                    ::core::result::Result<f32, ::std::string::String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `f32-string-join`",
                                        e
                                    ),
                                ))?,
                            with_enum: exports
                                .get_func("with-enum")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `with-enum`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<::std::string::String, ErrorCode>,),
                                    ::core::result::Result<::std::string::String, ErrorCode>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `with-enum`",
                                        e
                                    ),
                                ))?,
                            with_record: exports
                                .get_func("with-record")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `with-record`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::result::Result<
                                            ::std::vec::Vec<::std::string::String>,
                                            Failure,
                                        >,
                                    ),
                                    ::core::result::Result<
                                        ::std::vec::Vec<::std::string::String>,
                                        Failure,
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `with-record`",
                                        e
                                    ),
                                ))?,
                            with_tuple: exports
                                .get_func("with-tuple")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `with-tuple`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::core::result::Result<
                                            (u8, u16),
                                            (::std::string::String, char),
                                        >,
                                    ),
                                    ::core::result::Result<
                                        (u8, u16),
                                        (::std::string::String, char),
                                    >,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `with-tuple`",
                                        e
                                    ),
                                ))?,
                            list_of_results: exports
                                .get_func("list-of-results")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `list-of-results`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<::core::result::Result<(), ErrorCode>>,),
                                    ::std::vec::Vec<::core::result::Result<(), ErrorCode>>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `list-of-results`",
                                        e
                                    ),
                                ))?,
                            parse_u32: exports
                                .get_func("parse-u32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `parse-u32`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::string::String,),
                                    ::core::result::Result<u32, Failure>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `parse-u32`",
                                        e
                                    ),
                                ))?,
                            check: exports
                                .get_func("check")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `check`"
                                        .into(),
                                ))?
                                .typed::<(bool,), ::core::result::Result<(), ()>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `check`",
                                        e
                                    ),
                                ))?,
                            check_with_reason: exports
                                .get_func("check-with-reason")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:results/results-api` has no function `check-with-reason`"
                                        .into(),
                                ))?
                                .typed::<(bool,), ::core::result::Result<(), ErrorCode>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:results/results-api`, function `check-with-reason`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_full<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<u32, ::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<u32, ::std::string::String>,
                    > {
                        self.full.call(store, (x,))
                    }
                    pub fn call_ok_only<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<u32, ()>,
                    ) -> ::canon_host::Result<::core::result::Result<u32, ()>> {
                        self.ok_only.call(store, (x,))
                    }
                    pub fn call_err_only<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<(), ::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<(), ::std::string::String>,
                    > {
                        self.err_only.call(store, (x,))
                    }
                    pub fn call_bare<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<(), ()>,
                    ) -> ::canon_host::Result<::core::result::Result<(), ()>> {
                        self.bare.call(store, (x,))
                    }
                    pub fn call_nested<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<
                            ::core::option::Option<::std::string::String>,
                            ::std::vec::Vec<u8>,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::core::option::Option<::std::string::String>,
                            ::std::vec::Vec<u8>,
                        >,
                    > {
                        self.nested.call(store, (x,))
                    }
                    pub fn call_result_of_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<
                            ::core::result::Result<u8, ::std::string::String>,
                            ::std::string::String,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::core::result::Result<u8, ::std::string::String>,
                            ::std::string::String,
                        >,
                    > {
                        self.result_of_result.call(store, (x,))
                    }
                    pub fn call_float_int_join<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<f64, u64>,
                    ) -> ::canon_host::Result<::core::result::Result<f64, u64>> {
                        self.float_int_join.call(store, (x,))
                    }
                    pub fn call_f32_u32_join<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<f32, u32>,
                    ) -> ::canon_host::Result<::core::result::Result<f32, u32>> {
                        self.f32_u32_join.call(store, (x,))
                    }
                    pub fn call_f32_string_join<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<f32, ::std::string::String>,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<f32, ::std::string::String>,
                    > {
                        self.f32_string_join.call(store, (x,))
                    }
                    pub fn call_with_enum<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<::std::string::String, ErrorCode>,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<::std::string::String, ErrorCode>,
                    > {
                        self.with_enum.call(store, (x,))
                    }
                    pub fn call_with_record<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<
                            ::std::vec::Vec<::std::string::String>,
                            Failure,
                        >,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<
                            ::std::vec::Vec<::std::string::String>,
                            Failure,
                        >,
                    > {
                        self.with_record.call(store, (x,))
                    }
                    pub fn call_with_tuple<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::core::result::Result<
                            (u8, u16),
                            (::std::string::String, char),
                        >,
                    ) -> ::canon_host::Result<
                        ::core::result::Result<(u8, u16), (::std::string::String, char)>,
                    > {
                        self.with_tuple.call(store, (x,))
                    }
                    pub fn call_list_of_results<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::vec::Vec<::core::result::Result<(), ErrorCode>>,
                    ) -> ::canon_host::Result<
                        ::std::vec::Vec<::core::result::Result<(), ErrorCode>>,
                    > {
                        self.list_of_results.call(store, (x,))
                    }
                    /// Fallible function shapes as they appear in real APIs.
                    pub fn call_parse_u32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        s: ::std::string::String,
                    ) -> ::canon_host::Result<::core::result::Result<u32, Failure>> {
                        self.parse_u32.call(store, (s,))
                    }
                    pub fn call_check<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ok: bool,
                    ) -> ::canon_host::Result<::core::result::Result<(), ()>> {
                        self.check.call(store, (ok,))
                    }
                    pub fn call_check_with_reason<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ok: bool,
                    ) -> ::canon_host::Result<::core::result::Result<(), ErrorCode>> {
                        self.check_with_reason.call(store, (ok,))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod results {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod results_api {
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum ErrorCode {
                NotFound,
                Denied,
                Busy,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Failure {
                pub code: ErrorCode,
                pub message: ::std::string::String,
            }
            pub trait Host {
                fn full(
                    &mut self,
                    x: ::core::result::Result<u32, ::std::string::String>,
                ) -> ::core::result::Result<u32, ::std::string::String>;
                fn ok_only(
                    &mut self,
                    x: ::core::result::Result<u32, ()>,
                ) -> ::core::result::Result<u32, ()>;
                fn err_only(
                    &mut self,
                    x: ::core::result::Result<(), ::std::string::String>,
                ) -> ::core::result::Result<(), ::std::string::String>;
                fn bare(
                    &mut self,
                    x: ::core::result::Result<(), ()>,
                ) -> ::core::result::Result<(), ()>;
                fn nested(
                    &mut self,
                    x: ::core::result::Result<
                        ::core::option::Option<::std::string::String>,
                        ::std::vec::Vec<u8>,
                    >,
                ) -> ::core::result::Result<
                    ::core::option::Option<::std::string::String>,
                    ::std::vec::Vec<u8>,
                >;
                fn result_of_result(
                    &mut self,
                    x: ::core::result::Result<
                        ::core::result::Result<u8, ::std::string::String>,
                        ::std::string::String,
                    >,
                ) -> ::core::result::Result<
                    ::core::result::Result<u8, ::std::string::String>,
                    ::std::string::String,
                >;
                fn float_int_join(
                    &mut self,
                    x: ::core::result::Result<f64, u64>,
                ) -> ::core::result::Result<f64, u64>;
                fn f32_u32_join(
                    &mut self,
                    x: ::core::result::Result<f32, u32>,
                ) -> ::core::result::Result<f32, u32>;
                fn f32_string_join(
                    &mut self,
                    x: ::core::result::Result<f32, ::std::string::String>,
                ) -> ::core::result::Result<f32, ::std::string::String>;
                fn with_enum(
                    &mut self,
                    x: ::core::result::Result<::std::string::String, ErrorCode>,
                ) -> ::core::result::Result<::std::string::String, ErrorCode>;
                fn with_record(
                    &mut self,
                    x: ::core::result::Result<
                        ::std::vec::Vec<::std::string::String>,
                        Failure,
                    >,
                ) -> ::core::result::Result<
                    ::std::vec::Vec<::std::string::String>,
                    Failure,
                >;
                fn with_tuple(
                    &mut self,
                    x: ::core::result::Result<(u8, u16), (::std::string::String, char)>,
                ) -> ::core::result::Result<(u8, u16), (::std::string::String, char)>;
                fn list_of_results(
                    &mut self,
                    x: ::std::vec::Vec<::core::result::Result<(), ErrorCode>>,
                ) -> ::std::vec::Vec<::core::result::Result<(), ErrorCode>>;
                /// Fallible function shapes as they appear in real APIs.
                fn parse_u32(
                    &mut self,
                    s: ::std::string::String,
                ) -> ::core::result::Result<u32, Failure>;
                fn check(&mut self, ok: bool) -> ::core::result::Result<(), ()>;
                fn check_with_reason(
                    &mut self,
                    ok: bool,
                ) -> ::core::result::Result<(), ErrorCode>;
            }
            /// Defines the functions of `test:results/results-api` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:results/results-api")?;
                inst.func_wrap(
                    "full",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<u32, ::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::full(host, x))
                    },
                )?;
                inst.func_wrap(
                    "ok-only",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<u32, ()>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::ok_only(host, x))
                    },
                )?;
                inst.func_wrap(
                    "err-only",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<(), ::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::err_only(host, x))
                    },
                )?;
                inst.func_wrap(
                    "bare",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<(), ()>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::bare(host, x))
                    },
                )?;
                inst.func_wrap(
                    "nested",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::result::Result<
                                ::core::option::Option<::std::string::String>,
                                ::std::vec::Vec<u8>,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::nested(host, x))
                    },
                )?;
                inst.func_wrap(
                    "result-of-result",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::result::Result<
                                ::core::result::Result<u8, ::std::string::String>,
                                ::std::string::String,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::result_of_result(host, x))
                    },
                )?;
                inst.func_wrap(
                    "float-int-join",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<f64, u64>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::float_int_join(host, x))
                    },
                )?;
                inst.func_wrap(
                    "f32-u32-join",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<f32, u32>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::f32_u32_join(host, x))
                    },
                )?;
                inst.func_wrap(
                    "f32-string-join",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::core::result::Result<f32, ::std::string::String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::f32_string_join(host, x))
                    },
                )?;
                inst.func_wrap(
                    "with-enum",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (::core::result::Result<::std::string::String, ErrorCode>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::with_enum(host, x))
                    },
                )?;
                inst.func_wrap(
                    "with-record",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::result::Result<
                                ::std::vec::Vec<::std::string::String>,
                                Failure,
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::with_record(host, x))
                    },
                )?;
                inst.func_wrap(
                    "with-tuple",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            x,
                        ): (
                            ::core::result::Result<
                                (u8, u16),
                                (::std::string::String, char),
                            >,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::with_tuple(host, x))
                    },
                )?;
                inst.func_wrap(
                    "list-of-results",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::vec::Vec<::core::result::Result<(), ErrorCode>>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::list_of_results(host, x))
                    },
                )?;
                inst.func_wrap(
                    "parse-u32",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (s,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::parse_u32(host, s))
                    },
                )?;
                inst.func_wrap(
                    "check",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (ok,): (bool,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::check(host, ok))
                    },
                )?;
                inst.func_wrap(
                    "check-with-reason",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (ok,): (bool,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::check_with_reason(host, ok))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `results`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Results {
    instance: ::canon_host::Instance,
    test_results_results_api: exports::test::results::results_api::Guest,
}
impl Results {
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
            test_results_results_api: exports::test::results::results_api::Guest::new(
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
        U: test::results::results_api::Host + 'static,
    {
        test::results::results_api::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:results/results-api`.
    pub fn test_results_results_api(
        &self,
    ) -> &exports::test::results::results_api::Guest {
        &self.test_results_results_api
    }
}
