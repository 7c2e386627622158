#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod many_params {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod wide {
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Big {
                    pub a: u64,
                    pub b: u64,
                    pub c: u64,
                    pub d: u64,
                    pub e: f64,
                    pub f: f64,
                    pub g: f64,
                    pub h: f64,
                    pub name: ::std::string::String,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Small {
                    pub x: u32,
                    pub y: f32,
                }
                /// The functions of the exported interface `test:many-params/wide`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    sixteen: ::canon_host::TypedFunc<
                        (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        ),
                        u32,
                    >,
                    seventeen: ::canon_host::TypedFunc<
                        (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        ),
                        u32,
                    >,
                    twenty_u32: ::canon_host::TypedFunc<
                        (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        ),
                        u32,
                    >,
                    mixed: ::canon_host::TypedFunc<
                        (
                            u8,
                            i64,
                            f32,
                            f64,
                            u16,
                            i8,
                            u64,
                            f32,
                            f64,
                            bool,
                            char,
                            i32,
                            u32,
                            i16,
                            f32,
                            f64,
                            u64,
                            i64,
                        ),
                        f64,
                    >,
                    eight_strings: ::canon_host::TypedFunc<
                        (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        ),
                        ::std::string::String,
                    >,
                    nine_strings: ::canon_host::TypedFunc<
                        (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        ),
                        ::std::string::String,
                    >,
                    big_records: ::canon_host::TypedFunc<(Big, Big, Big), Big>,
                    small_records: ::canon_host::TypedFunc<
                        (Small, Small, Small, Small, Small, Small, Small, Small, Small),
                        Small,
                    >,
                    list_and_scalars: ::canon_host::TypedFunc<
                        (
                            ::std::vec::Vec<(u32, u32)>,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                        ),
                        ::std::vec::Vec<(u32, u32)>,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:many-params/wide")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:many-params/wide`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            sixteen: exports
                                .get_func("sixteen")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `sixteen`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                    ),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `sixteen`",
                                        e
                                    ),
                                ))?,
                            seventeen: exports
                                .get_func("seventeen")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `seventeen`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                    ),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `seventeen`",
                                        e
                                    ),
                                ))?,
                            twenty_u32: exports
                                .get_func("twenty-u32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `twenty-u32`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                        u32,
                                    ),
                                    u32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `twenty-u32`",
                                        e
                                    ),
                                ))?,
                            mixed: exports
                                .get_func("mixed")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `mixed`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        u8,
                                        i64,
                                        f32,
                                        f64,
                                        u16,
                                        i8,
                                        u64,
                                        f32,
                                        f64,
                                        bool,
                                        char,
                                        i32,
                                        u32,
                                        i16,
                                        f32,
                                        f64,
                                        u64,
                                        i64,
                                    ),
                                    f64,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `mixed`",
                                        e
                                    ),
                                ))?,
                            eight_strings: exports
                                .get_func("eight-strings")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `eight-strings`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                    ),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `eight-strings`",
                                        e
                                    ),
                                ))?,
                            nine_strings: exports
                                .get_func("nine-strings")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `nine-strings`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                        ::std::string::String,
                                    ),
                                    ::std::string::String,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `nine-strings`",
                                        e
                                    ),
                                ))?,
                            big_records: exports
                                .get_func("big-records")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `big-records`"
                                        .into(),
                                ))?
                                .typed::<(Big, Big, Big), Big>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `big-records`",
                                        e
                                    ),
                                ))?,
                            small_records: exports
                                .get_func("small-records")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `small-records`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                        Small,
                                    ),
                                    Small,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `small-records`",
                                        e
                                    ),
                                ))?,
                            list_and_scalars: exports
                                .get_func("list-and-scalars")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:many-params/wide` has no function `list-and-scalars`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::std::vec::Vec<(u32, u32)>,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                        u64,
                                    ),
                                    ::std::vec::Vec<(u32, u32)>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:many-params/wide`, function `list-and-scalars`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    /// Exactly 16 flat params: still passed directly.
                    pub fn call_sixteen<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p1: u32,
                        p2: u32,
                        p3: u32,
                        p4: u32,
                        p5: u32,
                        p6: u32,
                        p7: u32,
                        p8: u32,
                        p9: u32,
                        p10: u32,
                        p11: u32,
                        p12: u32,
                        p13: u32,
                        p14: u32,
                        p15: u32,
                        p16: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.sixteen
                            .call(
                                store,
                                (
                                    p1,
                                    p2,
                                    p3,
                                    p4,
                                    p5,
                                    p6,
                                    p7,
                                    p8,
                                    p9,
                                    p10,
                                    p11,
                                    p12,
                                    p13,
                                    p14,
                                    p15,
                                    p16,
                                ),
                            )
                    }
                    /// 17 flat params: spills to a parameter area.
                    pub fn call_seventeen<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p1: u32,
                        p2: u32,
                        p3: u32,
                        p4: u32,
                        p5: u32,
                        p6: u32,
                        p7: u32,
                        p8: u32,
                        p9: u32,
                        p10: u32,
                        p11: u32,
                        p12: u32,
                        p13: u32,
                        p14: u32,
                        p15: u32,
                        p16: u32,
                        p17: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.seventeen
                            .call(
                                store,
                                (
                                    p1,
                                    p2,
                                    p3,
                                    p4,
                                    p5,
                                    p6,
                                    p7,
                                    p8,
                                    p9,
                                    p10,
                                    p11,
                                    p12,
                                    p13,
                                    p14,
                                    p15,
                                    p16,
                                    p17,
                                ),
                            )
                    }
                    pub fn call_twenty_u32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        p1: u32,
                        p2: u32,
                        p3: u32,
                        p4: u32,
                        p5: u32,
                        p6: u32,
                        p7: u32,
                        p8: u32,
                        p9: u32,
                        p10: u32,
                        p11: u32,
                        p12: u32,
                        p13: u32,
                        p14: u32,
                        p15: u32,
                        p16: u32,
                        p17: u32,
                        p18: u32,
                        p19: u32,
                        p20: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.twenty_u32
                            .call(
                                store,
                                (
                                    p1,
                                    p2,
                                    p3,
                                    p4,
                                    p5,
                                    p6,
                                    p7,
                                    p8,
                                    p9,
                                    p10,
                                    p11,
                                    p12,
                                    p13,
                                    p14,
                                    p15,
                                    p16,
                                    p17,
                                    p18,
                                    p19,
                                    p20,
                                ),
                            )
                    }
                    pub fn call_mixed<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a1: u8,
                        a2: i64,
                        a3: f32,
                        a4: f64,
                        a5: u16,
                        a6: i8,
                        a7: u64,
                        a8: f32,
                        a9: f64,
                        a10: bool,
                        a11: char,
                        a12: i32,
                        a13: u32,
                        a14: i16,
                        a15: f32,
                        a16: f64,
                        a17: u64,
                        a18: i64,
                    ) -> ::canon_host::Result<f64> {
                        self.mixed
                            .call(
                                store,
                                (
                                    a1,
                                    a2,
                                    a3,
                                    a4,
                                    a5,
                                    a6,
                                    a7,
                                    a8,
                                    a9,
                                    a10,
                                    a11,
                                    a12,
                                    a13,
                                    a14,
                                    a15,
                                    a16,
                                    a17,
                                    a18,
                                ),
                            )
                    }
                    /// 8 strings = 16 flat params; 9 strings = 18.
                    pub fn call_eight_strings<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        str1: ::std::string::String,
                        str2: ::std::string::String,
                        str3: ::std::string::String,
                        str4: ::std::string::String,
                        str5: ::std::string::String,
                        str6: ::std::string::String,
                        str7: ::std::string::String,
                        str8: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.eight_strings
                            .call(
                                store,
                                (str1, str2, str3, str4, str5, str6, str7, str8),
                            )
                    }
                    pub fn call_nine_strings<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        str1: ::std::string::String,
                        str2: ::std::string::String,
                        str3: ::std::string::String,
                        str4: ::std::string::String,
                        str5: ::std::string::String,
                        str6: ::std::string::String,
                        str7: ::std::string::String,
                        str8: ::std::string::String,
                        str9: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.nine_strings
                            .call(
                                store,
                                (str1, str2, str3, str4, str5, str6, str7, str8, str9),
                            )
                    }
                    /// Three big records: 27 flat params.
                    pub fn call_big_records<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: Big,
                        b: Big,
                        c: Big,
                    ) -> ::canon_host::Result<Big> {
                        self.big_records.call(store, (a, b, c))
                    }
                    /// Small records that together exceed 16 flat params.
                    pub fn call_small_records<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        r1: Small,
                        r2: Small,
                        r3: Small,
                        r4: Small,
                        r5: Small,
                        r6: Small,
                        r7: Small,
                        r8: Small,
                        r9: Small,
                    ) -> ::canon_host::Result<Small> {
                        self.small_records
                            .call(store, (r1, r2, r3, r4, r5, r6, r7, r8, r9))
                    }
                    /// A single list of tuples plus many scalars.
                    pub fn call_list_and_scalars<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        xs: ::std::vec::Vec<(u32, u32)>,
                        q1: u64,
                        q2: u64,
                        q3: u64,
                        q4: u64,
                        q5: u64,
                        q6: u64,
                        q7: u64,
                        q8: u64,
                        q9: u64,
                        q10: u64,
                        q11: u64,
                        q12: u64,
                        q13: u64,
                        q14: u64,
                        q15: u64,
                    ) -> ::canon_host::Result<::std::vec::Vec<(u32, u32)>> {
                        self.list_and_scalars
                            .call(
                                store,
                                (
                                    xs,
                                    q1,
                                    q2,
                                    q3,
                                    q4,
                                    q5,
                                    q6,
                                    q7,
                                    q8,
                                    q9,
                                    q10,
                                    q11,
                                    q12,
                                    q13,
                                    q14,
                                    q15,
                                ),
                            )
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod many_params {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod wide {
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Big {
                pub a: u64,
                pub b: u64,
                pub c: u64,
                pub d: u64,
                pub e: f64,
                pub f: f64,
                pub g: f64,
                pub h: f64,
                pub name: ::std::string::String,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Small {
                pub x: u32,
                pub y: f32,
            }
            pub trait Host {
                /// Exactly 16 flat params: still passed directly.
                fn sixteen(
                    &mut self,
                    p1: u32,
                    p2: u32,
                    p3: u32,
                    p4: u32,
                    p5: u32,
                    p6: u32,
                    p7: u32,
                    p8: u32,
                    p9: u32,
                    p10: u32,
                    p11: u32,
                    p12: u32,
                    p13: u32,
                    p14: u32,
                    p15: u32,
                    p16: u32,
                ) -> u32;
                /// 17 flat params: spills to a parameter area.
                fn seventeen(
                    &mut self,
                    p1: u32,
                    p2: u32,
                    p3: u32,
                    p4: u32,
                    p5: u32,
                    p6: u32,
                    p7: u32,
                    p8: u32,
                    p9: u32,
                    p10: u32,
                    p11: u32,
                    p12: u32,
                    p13: u32,
                    p14: u32,
                    p15: u32,
                    p16: u32,
                    p17: u32,
                ) -> u32;
                fn twenty_u32(
                    &mut self,
                    p1: u32,
                    p2: u32,
                    p3: u32,
                    p4: u32,
                    p5: u32,
                    p6: u32,
                    p7: u32,
                    p8: u32,
                    p9: u32,
                    p10: u32,
                    p11: u32,
                    p12: u32,
                    p13: u32,
                    p14: u32,
                    p15: u32,
                    p16: u32,
                    p17: u32,
                    p18: u32,
                    p19: u32,
                    p20: u32,
                ) -> u32;
                fn mixed(
                    &mut self,
                    a1: u8,
                    a2: i64,
                    a3: f32,
                    a4: f64,
                    a5: u16,
                    a6: i8,
                    a7: u64,
                    a8: f32,
                    a9: f64,
                    a10: bool,
                    a11: char,
                    a12: i32,
                    a13: u32,
                    a14: i16,
                    a15: f32,
                    a16: f64,
                    a17: u64,
                    a18: i64,
                ) -> f64;
                /// 8 strings = 16 flat params; 9 strings = 18.
                fn eight_strings(
                    &mut self,
                    str1: ::std::string::String,
                    str2: ::std::string::String,
                    str3: ::std::string::String,
                    str4: ::std::string::String,
                    str5: ::std::string::String,
                    str6: ::std::string::String,
                    str7: ::std::string::String,
                    str8: ::std::string::String,
                ) -> ::std::string::String;
                fn nine_strings(
                    &mut self,
                    str1: ::std::string::String,
                    str2: ::std::string::String,
                    str3: ::std::string::String,
                    str4: ::std::string::String,
                    str5: ::std::string::String,
                    str6: ::std::string::String,
                    str7: ::std::string::String,
                    str8: ::std::string::String,
                    str9: ::std::string::String,
                ) -> ::std::string::String;
                /// Three big records: 27 flat params.
                fn big_records(&mut self, a: Big, b: Big, c: Big) -> Big;
                /// Small records that together exceed 16 flat params.
                fn small_records(
                    &mut self,
                    r1: Small,
                    r2: Small,
                    r3: Small,
                    r4: Small,
                    r5: Small,
                    r6: Small,
                    r7: Small,
                    r8: Small,
                    r9: Small,
                ) -> Small;
                /// A single list of tuples plus many scalars.
                fn list_and_scalars(
                    &mut self,
                    xs: ::std::vec::Vec<(u32, u32)>,
                    q1: u64,
                    q2: u64,
                    q3: u64,
                    q4: u64,
                    q5: u64,
                    q6: u64,
                    q7: u64,
                    q8: u64,
                    q9: u64,
                    q10: u64,
                    q11: u64,
                    q12: u64,
                    q13: u64,
                    q14: u64,
                    q15: u64,
                ) -> ::std::vec::Vec<(u32, u32)>;
            }
            /// Defines the functions of `test:many-params/wide` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:many-params/wide")?;
                inst.func_wrap(
                    "sixteen",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            p1,
                            p2,
                            p3,
                            p4,
                            p5,
                            p6,
                            p7,
                            p8,
                            p9,
                            p10,
                            p11,
                            p12,
                            p13,
                            p14,
                            p15,
                            p16,
                        ): (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::sixteen(
                                host,
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                p7,
                                p8,
                                p9,
                                p10,
                                p11,
                                p12,
                                p13,
                                p14,
                                p15,
                                p16,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "seventeen",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            p1,
                            p2,
                            p3,
                            p4,
                            p5,
                            p6,
                            p7,
                            p8,
                            p9,
                            p10,
                            p11,
                            p12,
                            p13,
                            p14,
                            p15,
                            p16,
                            p17,
                        ): (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::seventeen(
                                host,
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                p7,
                                p8,
                                p9,
                                p10,
                                p11,
                                p12,
                                p13,
                                p14,
                                p15,
                                p16,
                                p17,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "twenty-u32",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            p1,
                            p2,
                            p3,
                            p4,
                            p5,
                            p6,
                            p7,
                            p8,
                            p9,
                            p10,
                            p11,
                            p12,
                            p13,
                            p14,
                            p15,
                            p16,
                            p17,
                            p18,
                            p19,
                            p20,
                        ): (
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                            u32,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::twenty_u32(
                                host,
                                p1,
                                p2,
                                p3,
                                p4,
                                p5,
                                p6,
                                p7,
                                p8,
                                p9,
                                p10,
                                p11,
                                p12,
                                p13,
                                p14,
                                p15,
                                p16,
                                p17,
                                p18,
                                p19,
                                p20,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "mixed",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a1,
                            a2,
                            a3,
                            a4,
                            a5,
                            a6,
                            a7,
                            a8,
                            a9,
                            a10,
                            a11,
                            a12,
                            a13,
                            a14,
                            a15,
                            a16,
                            a17,
                            a18,
                        ): (
                            u8,
                            i64,
                            f32,
                            f64,
                            u16,
                            i8,
                            u64,
                            f32,
                            f64,
                            bool,
                            char,
                            i32,
                            u32,
                            i16,
                            f32,
                            f64,
                            u64,
                            i64,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::mixed(
                                host,
                                a1,
                                a2,
                                a3,
                                a4,
                                a5,
                                a6,
                                a7,
                                a8,
                                a9,
                                a10,
                                a11,
                                a12,
                                a13,
                                a14,
                                a15,
                                a16,
                                a17,
                                a18,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "eight-strings",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            str1,
                            str2,
                            str3,
                            str4,
                            str5,
                            str6,
                            str7,
                            str8,
                        ): (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::eight_strings(
                                host,
                                str1,
                                str2,
                                str3,
                                str4,
                                str5,
                                str6,
                                str7,
                                str8,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "nine-strings",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            str1,
                            str2,
                            str3,
                            str4,
                            str5,
                            str6,
                            str7,
                            str8,
                            str9,
                        ): (
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                            ::std::string::String,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::nine_strings(
                                host,
                                str1,
                                str2,
                                str3,
                                str4,
                                str5,
                                str6,
                                str7,
                                str8,
                                str9,
                            ),
                        )
                    },
                )?;
                inst.func_wrap(
                    "big-records",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c): (Big, Big, Big)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::big_records(host, a, b, c))
                    },
                )?;
                inst.func_wrap(
                    "small-records",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            r1,
                            r2,
                            r3,
                            r4,
                            r5,
                            r6,
                            r7,
                            r8,
                            r9,
                        ): (
                            Small,
                            Small,
                            Small,
                            Small,
                            Small,
                            Small,
                            Small,
                            Small,
                            Small,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::small_records(host, r1, r2, r3, r4, r5, r6, r7, r8, r9))
                    },
                )?;
                inst.func_wrap(
                    "list-and-scalars",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            xs,
                            q1,
                            q2,
                            q3,
                            q4,
                            q5,
                            q6,
                            q7,
                            q8,
                            q9,
                            q10,
                            q11,
                            q12,
                            q13,
                            q14,
                            q15,
                        ): (
                            ::std::vec::Vec<(u32, u32)>,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                            u64,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(
                            Host::list_and_scalars(
                                host,
                                xs,
                                q1,
                                q2,
                                q3,
                                q4,
                                q5,
                                q6,
                                q7,
                                q8,
                                q9,
                                q10,
                                q11,
                                q12,
                                q13,
                                q14,
                                q15,
                            ),
                        )
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `many-params`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct ManyParams {
    instance: ::canon_host::Instance,
    test_many_params_wide: exports::test::many_params::wide::Guest,
}
impl ManyParams {
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
            test_many_params_wide: exports::test::many_params::wide::Guest::new(
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
        U: test::many_params::wide::Host + 'static,
    {
        test::many_params::wide::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:many-params/wide`.
    pub fn test_many_params_wide(&self) -> &exports::test::many_params::wide::Guest {
        &self.test_many_params_wide
    }
}
