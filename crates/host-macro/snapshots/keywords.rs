#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod keywords {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod mod_ {
                pub type Record = super::super::super::super::test::keywords::type_::Record;
                pub type Impl = super::super::super::super::test::keywords::type_::Impl;
                /// The functions of the exported interface `test:keywords/mod`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    self_ref: ::canon_host::TypedFunc<
                        (Record, ::canon_host::Resource<Impl>),
                        Record,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:keywords/mod")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:keywords/mod`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            self_ref: exports
                                .get_func("self-ref")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/mod` has no function `self-ref`"
                                        .into(),
                                ))?
                                .typed::<(Record, ::canon_host::Resource<Impl>), Record>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/mod`, function `self-ref`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_self_ref<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        r: Record,
                        i: ::canon_host::Resource<Impl>,
                    ) -> ::canon_host::Result<Record> {
                        self.self_ref.call(store, (r, i))
                    }
                }
            }
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod type_ {
                /// Type names that shadow builtins and keywords.
                pub type String = ::std::string::String;
                pub type Bool = bool;
                pub type Int = i32;
                pub type Float = f32;
                pub type Double = f64;
                pub type Void = u8;
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Record {
                    pub type_: u32,
                    pub self_: ::std::string::String,
                    pub struct_: bool,
                    pub enum_: u8,
                    pub match_: i32,
                    pub fn_: f64,
                    pub impl_: char,
                    pub int: i64,
                    pub char_value: char,
                    pub float: f32,
                    pub return_: u16,
                    pub static_: u64,
                    pub union: i8,
                    pub default: i16,
                    pub mod_: String,
                    pub async_: Bool,
                    pub result: ::core::option::Option<u32>,
                    pub list: ::std::vec::Vec<u8>,
                    pub use_: Void,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub struct Struct {
                    pub class: u32,
                    pub new: u32,
                    pub delete: u32,
                    pub this: u32,
                    pub super_: u32,
                    pub crate_: u32,
                    pub where_: u32,
                    pub ref_: u32,
                    pub mut_: u32,
                    pub const_: u32,
                    pub let_: u32,
                    pub pub_: u32,
                    pub trait_: u32,
                    pub dyn_: u32,
                    pub move_: u32,
                    pub unsafe_: u32,
                    pub extern_: u32,
                    pub yield_: u32,
                    pub await_: u32,
                    pub try_: u32,
                    pub catch: u32,
                    pub throw: u32,
                    pub macro_: u32,
                    pub abstract_: u32,
                    pub box_: u32,
                    pub do_: u32,
                    pub final_: u32,
                    pub override_: u32,
                    pub priv_: u32,
                    pub typeof_: u32,
                    pub unsized_: u32,
                    pub virtual_: u32,
                    pub gen_: u32,
                    pub loop_: u32,
                    pub while_: u32,
                    pub for_: u32,
                    pub if_: u32,
                    pub else_: u32,
                    pub break_: u32,
                    pub continue_: u32,
                    pub in_: u32,
                    pub goto: u32,
                    pub switch: u32,
                    pub case: u32,
                    pub auto: u32,
                    pub register: u32,
                    pub volatile: u32,
                    pub signed: u32,
                    pub unsigned: u32,
                    pub sizeof: u32,
                    pub typedef: u32,
                    pub inline: u32,
                    pub restrict: u32,
                    pub long: u32,
                    pub short: u32,
                    pub namespace: u32,
                    pub template: u32,
                    pub typename: u32,
                    pub operator: u32,
                    pub private: u32,
                    pub public: u32,
                    pub protected: u32,
                    pub friend: u32,
                    pub explicit: u32,
                    pub mutable: u32,
                    pub nullptr: u32,
                    pub null: u32,
                    pub none: u32,
                    pub def: u32,
                    pub lambda: u32,
                    pub var: u32,
                    pub go: u32,
                    pub chan: u32,
                    pub select: u32,
                    pub defer: u32,
                    pub range: u32,
                    pub map: u32,
                    pub func: u32,
                    pub interface: u32,
                    pub package: u32,
                    pub import: u32,
                    pub export: u32,
                }
                #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
                pub enum Switch {
                    Type,
                    Self_,
                    Struct,
                    Match,
                    Fn,
                    Return,
                    Default,
                    Union,
                    True,
                    False,
                    None,
                    Some,
                    Ok,
                    Err,
                    Option,
                    Result,
                }
                #[derive(::canon_host::ComponentType, Clone, Debug)]
                pub enum Variant {
                    Result(u32),
                    Option(String),
                    Self_,
                    Super,
                    None,
                    Some(u8),
                    Ok(u8),
                    Err(String),
                    Tuple((u8, u8)),
                }
                ::canon_host::flags! {
                    pub Flags { const STATIC; const CONST; const VOLATILE; const EXTERN;
                    const REGISTER; const UNSAFE; const MUT; const REF; }
                }
                /// Resource and member names that collide with generated helpers.
                /// The guest-defined resource `impl`, held by the host as a handle.
                pub type Impl = ::canon_host::ResourceAny;
                /// The functions of the exported interface `test:keywords/type`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    type_: ::canon_host::TypedFunc<(Record,), Record>,
                    self_: ::canon_host::TypedFunc<(Struct,), Struct>,
                    enum_: ::canon_host::TypedFunc<(Switch,), Switch>,
                    match_: ::canon_host::TypedFunc<(Variant,), Variant>,
                    fn_: ::canon_host::TypedFunc<(Flags,), Flags>,
                    return_: ::canon_host::TypedFunc<
                        (Int, Float, Double),
                        (Int, Float, Double),
                    >,
                    static_: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    union: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Switch>,),
                        ::std::vec::Vec<Switch>,
                    >,
                    default: ::canon_host::TypedFunc<(), Record>,
                    mod_: ::canon_host::TypedFunc<(String,), String>,
                    async_: ::canon_host::TypedFunc<(Bool,), Bool>,
                    result: ::canon_host::TypedFunc<
                        (::core::result::Result<String, String>,),
                        ::core::result::Result<String, String>,
                    >,
                    option: ::canon_host::TypedFunc<
                        (::core::option::Option<String>,),
                        ::core::option::Option<String>,
                    >,
                    list: ::canon_host::TypedFunc<
                        (::std::vec::Vec<Void>,),
                        ::std::vec::Vec<Void>,
                    >,
                    char: ::canon_host::TypedFunc<(String, char), String>,
                    u8: ::canon_host::TypedFunc<(u8, i64, f32), f64>,
                    func: ::canon_host::TypedFunc<(u32, u32, u32, u32), u32>,
                    constructor: ::canon_host::TypedFunc<(u32, u32, u32), u32>,
                    future: ::canon_host::TypedFunc<(u32, u32, u32), u32>,
                    main: ::canon_host::TypedFunc<
                        (i32, ::std::vec::Vec<::std::string::String>),
                        i32,
                    >,
                    realloc: ::canon_host::TypedFunc<(u32, u32), u32>,
                    cabi_realloc: ::canon_host::TypedFunc<(u32, u32, u32, u32), u32>,
                    memory: ::canon_host::TypedFunc<(), u32>,
                    post_return: ::canon_host::TypedFunc<(u32,), u32>,
                    start: ::canon_host::TypedFunc<(bool,), bool>,
                    ret_area: ::canon_host::TypedFunc<(u64,), (u64, u64)>,
                    impl__constructor: ::canon_host::TypedFunc<
                        (u32,),
                        ::canon_host::ResourceAny,
                    >,
                    impl__method_type: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u32,
                    >,
                    impl__static_new: ::canon_host::TypedFunc<
                        (u32,),
                        ::canon_host::ResourceAny,
                    >,
                    impl__method_drop: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        (),
                    >,
                    impl__method_rep: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u32,
                    >,
                    impl__method_handle: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        u32,
                    >,
                    impl__method_clone: ::canon_host::TypedFunc<
                        (::canon_host::ResourceAny,),
                        ::canon_host::ResourceAny,
                    >,
                    impl__method_borrow: ::canon_host::TypedFunc<
                        (
                            ::canon_host::ResourceAny,
                            ::canon_host::ResourceAny,
                            ::canon_host::ResourceAny,
                        ),
                        ::canon_host::ResourceAny,
                    >,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:keywords/type")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:keywords/type`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            type_: exports
                                .get_func("type")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `type`"
                                        .into(),
                                ))?
                                .typed::<(Record,), Record>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `type`",
                                        e
                                    ),
                                ))?,
                            self_: exports
                                .get_func("self")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `self`"
                                        .into(),
                                ))?
                                .typed::<(Struct,), Struct>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `self`",
                                        e
                                    ),
                                ))?,
                            enum_: exports
                                .get_func("enum")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `enum`"
                                        .into(),
                                ))?
                                .typed::<(Switch,), Switch>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `enum`",
                                        e
                                    ),
                                ))?,
                            match_: exports
                                .get_func("match")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `match`"
                                        .into(),
                                ))?
                                .typed::<(Variant,), Variant>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `match`",
                                        e
                                    ),
                                ))?,
                            fn_: exports
                                .get_func("fn")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `fn`"
                                        .into(),
                                ))?
                                .typed::<(Flags,), Flags>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `fn`", e
                                    ),
                                ))?,
                            return_: exports
                                .get_func("return")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `return`"
                                        .into(),
                                ))?
                                .typed::<(Int, Float, Double), (Int, Float, Double)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `return`",
                                        e
                                    ),
                                ))?,
                            static_: exports
                                .get_func("static")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `static`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `static`",
                                        e
                                    ),
                                ))?,
                            union: exports
                                .get_func("union")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `union`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::std::vec::Vec<Switch>,),
                                    ::std::vec::Vec<Switch>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `union`",
                                        e
                                    ),
                                ))?,
                            default: exports
                                .get_func("default")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `default`"
                                        .into(),
                                ))?
                                .typed::<(), Record>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `default`",
                                        e
                                    ),
                                ))?,
                            mod_: exports
                                .get_func("mod")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `mod`"
                                        .into(),
                                ))?
                                .typed::<(String,), String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `mod`", e
                                    ),
                                ))?,
                            async_: exports
                                .get_func("async")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `async`"
                                        .into(),
                                ))?
                                .typed::<(Bool,), Bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `async`",
                                        e
                                    ),
                                ))?,
                            result: exports
                                .get_func("result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `result`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::result::Result<String, String>,),
                                    ::core::result::Result<String, String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `result`",
                                        e
                                    ),
                                ))?,
                            option: exports
                                .get_func("option")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `option`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::core::option::Option<String>,),
                                    ::core::option::Option<String>,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `option`",
                                        e
                                    ),
                                ))?,
                            list: exports
                                .get_func("list")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `list`"
                                        .into(),
                                ))?
                                .typed::<(::std::vec::Vec<Void>,), ::std::vec::Vec<Void>>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `list`",
                                        e
                                    ),
                                ))?,
                            char: exports
                                .get_func("char")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `char`"
                                        .into(),
                                ))?
                                .typed::<(String, char), String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `char`",
                                        e
                                    ),
                                ))?,
                            u8: exports
                                .get_func("u8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `u8`"
                                        .into(),
                                ))?
                                .typed::<(u8, i64, f32), f64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `u8`", e
                                    ),
                                ))?,
                            func: exports
                                .get_func("func")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `func`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32, u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `func`",
                                        e
                                    ),
                                ))?,
                            constructor: exports
                                .get_func("constructor")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `constructor`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `constructor`",
                                        e
                                    ),
                                ))?,
                            future: exports
                                .get_func("future")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `future`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `future`",
                                        e
                                    ),
                                ))?,
                            main: exports
                                .get_func("main")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `main`"
                                        .into(),
                                ))?
                                .typed::<
                                    (i32, ::std::vec::Vec<::std::string::String>),
                                    i32,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `main`",
                                        e
                                    ),
                                ))?,
                            realloc: exports
                                .get_func("realloc")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `realloc`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `realloc`",
                                        e
                                    ),
                                ))?,
                            cabi_realloc: exports
                                .get_func("cabi-realloc")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `cabi-realloc`"
                                        .into(),
                                ))?
                                .typed::<(u32, u32, u32, u32), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `cabi-realloc`",
                                        e
                                    ),
                                ))?,
                            memory: exports
                                .get_func("memory")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `memory`"
                                        .into(),
                                ))?
                                .typed::<(), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `memory`",
                                        e
                                    ),
                                ))?,
                            post_return: exports
                                .get_func("post-return")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `post-return`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `post-return`",
                                        e
                                    ),
                                ))?,
                            start: exports
                                .get_func("start")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `start`"
                                        .into(),
                                ))?
                                .typed::<(bool,), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `start`",
                                        e
                                    ),
                                ))?,
                            ret_area: exports
                                .get_func("ret-area")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `ret-area`"
                                        .into(),
                                ))?
                                .typed::<(u64,), (u64, u64)>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `ret-area`",
                                        e
                                    ),
                                ))?,
                            impl__constructor: exports
                                .get_func("[constructor]impl")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[constructor]impl`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[constructor]impl`",
                                        e
                                    ),
                                ))?,
                            impl__method_type: exports
                                .get_func("[method]impl.type")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.type`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.type`",
                                        e
                                    ),
                                ))?,
                            impl__static_new: exports
                                .get_func("[static]impl.new")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[static]impl.new`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ::canon_host::ResourceAny>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[static]impl.new`",
                                        e
                                    ),
                                ))?,
                            impl__method_drop: exports
                                .get_func("[method]impl.drop")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.drop`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.drop`",
                                        e
                                    ),
                                ))?,
                            impl__method_rep: exports
                                .get_func("[method]impl.rep")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.rep`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.rep`",
                                        e
                                    ),
                                ))?,
                            impl__method_handle: exports
                                .get_func("[method]impl.handle")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.handle`"
                                        .into(),
                                ))?
                                .typed::<(::canon_host::ResourceAny,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.handle`",
                                        e
                                    ),
                                ))?,
                            impl__method_clone: exports
                                .get_func("[method]impl.clone")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.clone`"
                                        .into(),
                                ))?
                                .typed::<
                                    (::canon_host::ResourceAny,),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.clone`",
                                        e
                                    ),
                                ))?,
                            impl__method_borrow: exports
                                .get_func("[method]impl.borrow")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:keywords/type` has no function `[method]impl.borrow`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        ::canon_host::ResourceAny,
                                        ::canon_host::ResourceAny,
                                        ::canon_host::ResourceAny,
                                    ),
                                    ::canon_host::ResourceAny,
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:keywords/type`, function `[method]impl.borrow`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_type<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        type_: Record,
                    ) -> ::canon_host::Result<Record> {
                        self.type_.call(store, (type_,))
                    }
                    pub fn call_self<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: Struct,
                    ) -> ::canon_host::Result<Struct> {
                        self.self_.call(store, (self_,))
                    }
                    pub fn call_enum<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        enum_: Switch,
                    ) -> ::canon_host::Result<Switch> {
                        self.enum_.call(store, (enum_,))
                    }
                    pub fn call_match<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        match_: Variant,
                    ) -> ::canon_host::Result<Variant> {
                        self.match_.call(store, (match_,))
                    }
                    pub fn call_fn<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        fn_: Flags,
                    ) -> ::canon_host::Result<Flags> {
                        self.fn_.call(store, (fn_,))
                    }
                    pub fn call_return<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        return_: Int,
                        float: Float,
                        double: Double,
                    ) -> ::canon_host::Result<(Int, Float, Double)> {
                        self.return_.call(store, (return_, float, double))
                    }
                    pub fn call_static<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        static_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.static_.call(store, (static_,))
                    }
                    pub fn call_union<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        union: ::std::vec::Vec<Switch>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Switch>> {
                        self.union.call(store, (union,))
                    }
                    pub fn call_default<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<Record> {
                        self.default.call(store, ())
                    }
                    pub fn call_mod<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        mod_: String,
                    ) -> ::canon_host::Result<String> {
                        self.mod_.call(store, (mod_,))
                    }
                    pub fn call_async<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        async_: Bool,
                    ) -> ::canon_host::Result<Bool> {
                        self.async_.call(store, (async_,))
                    }
                    pub fn call_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        result: ::core::result::Result<String, String>,
                    ) -> ::canon_host::Result<::core::result::Result<String, String>> {
                        self.result.call(store, (result,))
                    }
                    pub fn call_option<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        option: ::core::option::Option<String>,
                    ) -> ::canon_host::Result<::core::option::Option<String>> {
                        self.option.call(store, (option,))
                    }
                    pub fn call_list<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        list: ::std::vec::Vec<Void>,
                    ) -> ::canon_host::Result<::std::vec::Vec<Void>> {
                        self.list.call(store, (list,))
                    }
                    pub fn call_char<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        string: String,
                        char: char,
                    ) -> ::canon_host::Result<String> {
                        self.char.call(store, (string, char))
                    }
                    pub fn call_u8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        u8: u8,
                        s64: i64,
                        f32: f32,
                    ) -> ::canon_host::Result<f64> {
                        self.u8.call(store, (u8, s64, f32))
                    }
                    pub fn call_func<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        use_: u32,
                        with: u32,
                        as_: u32,
                        from: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.func.call(store, (use_, with, as_, from))
                    }
                    pub fn call_constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        include: u32,
                        world: u32,
                        interface: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.constructor.call(store, (include, world, interface))
                    }
                    pub fn call_future<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        stream: u32,
                        map: u32,
                        tuple: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.future.call(store, (stream, map, tuple))
                    }
                    pub fn call_main<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        argc: i32,
                        argv: ::std::vec::Vec<::std::string::String>,
                    ) -> ::canon_host::Result<i32> {
                        self.main.call(store, (argc, argv))
                    }
                    pub fn call_realloc<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ptr: u32,
                        size: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.realloc.call(store, (ptr, size))
                    }
                    pub fn call_cabi_realloc<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        old_ptr: u32,
                        old_len: u32,
                        align: u32,
                        new_len: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.cabi_realloc.call(store, (old_ptr, old_len, align, new_len))
                    }
                    pub fn call_memory<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u32> {
                        self.memory.call(store, ())
                    }
                    pub fn call_post_return<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ret: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.post_return.call(store, (ret,))
                    }
                    pub fn call_start<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        init: bool,
                    ) -> ::canon_host::Result<bool> {
                        self.start.call(store, (init,))
                    }
                    pub fn call_ret_area<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        ret_area: u64,
                    ) -> ::canon_host::Result<(u64, u64)> {
                        self.ret_area.call(store, (ret_area,))
                    }
                    pub fn call_impl__constructor<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        type_: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.impl__constructor.call(store, (type_,))
                    }
                    pub fn call_impl__method_type<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.impl__method_type.call(store, (self_,))
                    }
                    pub fn call_impl__static_new<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_value: u32,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.impl__static_new.call(store, (self_value,))
                    }
                    pub fn call_impl__method_drop<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<()> {
                        self.impl__method_drop.call(store, (self_,))
                    }
                    pub fn call_impl__method_rep<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.impl__method_rep.call(store, (self_,))
                    }
                    pub fn call_impl__method_handle<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<u32> {
                        self.impl__method_handle.call(store, (self_,))
                    }
                    pub fn call_impl__method_clone<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.impl__method_clone.call(store, (self_,))
                    }
                    pub fn call_impl__method_borrow<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        self_: ::canon_host::ResourceAny,
                        own: ::canon_host::ResourceAny,
                        other: ::canon_host::ResourceAny,
                    ) -> ::canon_host::Result<::canon_host::ResourceAny> {
                        self.impl__method_borrow.call(store, (self_, own, other))
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod keywords {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod mod_ {
            pub type Record = super::super::super::test::keywords::type_::Record;
            pub type Impl = super::super::super::test::keywords::type_::Impl;
            /// A second interface whose name is a Rust keyword.
            pub trait Host {
                fn self_ref(
                    &mut self,
                    r: Record,
                    i: ::canon_host::Resource<Impl>,
                ) -> Record;
            }
            /// Defines the functions of `test:keywords/mod` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:keywords/mod")?;
                inst.func_wrap(
                    "self-ref",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (r, i): (Record, ::canon_host::Resource<Impl>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::self_ref(host, r, i))
                    },
                )?;
                Ok(())
            }
        }
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod type_ {
            /// Type names that shadow builtins and keywords.
            pub type String = ::std::string::String;
            pub type Bool = bool;
            pub type Int = i32;
            pub type Float = f32;
            pub type Double = f64;
            pub type Void = u8;
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Record {
                pub type_: u32,
                pub self_: ::std::string::String,
                pub struct_: bool,
                pub enum_: u8,
                pub match_: i32,
                pub fn_: f64,
                pub impl_: char,
                pub int: i64,
                pub char_value: char,
                pub float: f32,
                pub return_: u16,
                pub static_: u64,
                pub union: i8,
                pub default: i16,
                pub mod_: String,
                pub async_: Bool,
                pub result: ::core::option::Option<u32>,
                pub list: ::std::vec::Vec<u8>,
                pub use_: Void,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub struct Struct {
                pub class: u32,
                pub new: u32,
                pub delete: u32,
                pub this: u32,
                pub super_: u32,
                pub crate_: u32,
                pub where_: u32,
                pub ref_: u32,
                pub mut_: u32,
                pub const_: u32,
                pub let_: u32,
                pub pub_: u32,
                pub trait_: u32,
                pub dyn_: u32,
                pub move_: u32,
                pub unsafe_: u32,
                pub extern_: u32,
                pub yield_: u32,
                pub await_: u32,
                pub try_: u32,
                pub catch: u32,
                pub throw: u32,
                pub macro_: u32,
                pub abstract_: u32,
                pub box_: u32,
                pub do_: u32,
                pub final_: u32,
                pub override_: u32,
                pub priv_: u32,
                pub typeof_: u32,
                pub unsized_: u32,
                pub virtual_: u32,
                pub gen_: u32,
                pub loop_: u32,
                pub while_: u32,
                pub for_: u32,
                pub if_: u32,
                pub else_: u32,
                pub break_: u32,
                pub continue_: u32,
                pub in_: u32,
                pub goto: u32,
                pub switch: u32,
                pub case: u32,
                pub auto: u32,
                pub register: u32,
                pub volatile: u32,
                pub signed: u32,
                pub unsigned: u32,
                pub sizeof: u32,
                pub typedef: u32,
                pub inline: u32,
                pub restrict: u32,
                pub long: u32,
                pub short: u32,
                pub namespace: u32,
                pub template: u32,
                pub typename: u32,
                pub operator: u32,
                pub private: u32,
                pub public: u32,
                pub protected: u32,
                pub friend: u32,
                pub explicit: u32,
                pub mutable: u32,
                pub nullptr: u32,
                pub null: u32,
                pub none: u32,
                pub def: u32,
                pub lambda: u32,
                pub var: u32,
                pub go: u32,
                pub chan: u32,
                pub select: u32,
                pub defer: u32,
                pub range: u32,
                pub map: u32,
                pub func: u32,
                pub interface: u32,
                pub package: u32,
                pub import: u32,
                pub export: u32,
            }
            #[derive(::canon_host::ComponentType, Clone, Copy, Debug, PartialEq, Eq)]
            pub enum Switch {
                Type,
                Self_,
                Struct,
                Match,
                Fn,
                Return,
                Default,
                Union,
                True,
                False,
                None,
                Some,
                Ok,
                Err,
                Option,
                Result,
            }
            #[derive(::canon_host::ComponentType, Clone, Debug)]
            pub enum Variant {
                Result(u32),
                Option(String),
                Self_,
                Super,
                None,
                Some(u8),
                Ok(u8),
                Err(String),
                Tuple((u8, u8)),
            }
            ::canon_host::flags! {
                pub Flags { const STATIC; const CONST; const VOLATILE; const EXTERN;
                const REGISTER; const UNSAFE; const MUT; const REF; }
            }
            /// Resource and member names that collide with generated helpers.
            /// The host-defined resource `impl`: its handles are `Resource<Impl>`.
            pub enum Impl {}
            /// Resource and member names that collide with generated helpers.
            /// The host's implementation of the resource `impl`.
            pub trait HostImpl {
                /// Drops the resource: the last owning handle is gone.
                fn drop(
                    &mut self,
                    rep: ::canon_host::Resource<Impl>,
                ) -> ::canon_host::Result<()>;
                fn new(&mut self, type_: u32) -> ::canon_host::Resource<Impl>;
                fn type_(&mut self, self_: ::canon_host::Resource<Impl>) -> u32;
                fn new_(&mut self, self_value: u32) -> ::canon_host::Resource<Impl>;
                fn drop_(&mut self, self_: ::canon_host::Resource<Impl>);
                fn rep(&mut self, self_: ::canon_host::Resource<Impl>) -> u32;
                fn handle(&mut self, self_: ::canon_host::Resource<Impl>) -> u32;
                fn clone(
                    &mut self,
                    self_: ::canon_host::Resource<Impl>,
                ) -> ::canon_host::Resource<Impl>;
                fn borrow(
                    &mut self,
                    self_: ::canon_host::Resource<Impl>,
                    own: ::canon_host::Resource<Impl>,
                    other: ::canon_host::Resource<Impl>,
                ) -> ::canon_host::Resource<Impl>;
            }
            /// Interface named after a WIT (and Rust/C) keyword.
            pub trait Host: HostImpl {
                fn type_(&mut self, type_: Record) -> Record;
                fn self_(&mut self, self_: Struct) -> Struct;
                fn enum_(&mut self, enum_: Switch) -> Switch;
                fn match_(&mut self, match_: Variant) -> Variant;
                fn fn_(&mut self, fn_: Flags) -> Flags;
                fn return_(
                    &mut self,
                    return_: Int,
                    float: Float,
                    double: Double,
                ) -> (Int, Float, Double);
                fn static_(
                    &mut self,
                    static_: ::canon_host::Resource<Impl>,
                ) -> ::canon_host::Resource<Impl>;
                fn union(
                    &mut self,
                    union: ::std::vec::Vec<Switch>,
                ) -> ::std::vec::Vec<Switch>;
                fn default(&mut self) -> Record;
                fn mod_(&mut self, mod_: String) -> String;
                fn async_(&mut self, async_: Bool) -> Bool;
                fn result(
                    &mut self,
                    result: ::core::result::Result<String, String>,
                ) -> ::core::result::Result<String, String>;
                fn option(
                    &mut self,
                    option: ::core::option::Option<String>,
                ) -> ::core::option::Option<String>;
                fn list(&mut self, list: ::std::vec::Vec<Void>) -> ::std::vec::Vec<Void>;
                fn char(&mut self, string: String, char: char) -> String;
                fn u8(&mut self, u8: u8, s64: i64, f32: f32) -> f64;
                fn func(&mut self, use_: u32, with: u32, as_: u32, from: u32) -> u32;
                fn constructor(
                    &mut self,
                    include: u32,
                    world: u32,
                    interface: u32,
                ) -> u32;
                fn future(&mut self, stream: u32, map: u32, tuple: u32) -> u32;
                fn main(
                    &mut self,
                    argc: i32,
                    argv: ::std::vec::Vec<::std::string::String>,
                ) -> i32;
                fn realloc(&mut self, ptr: u32, size: u32) -> u32;
                fn cabi_realloc(
                    &mut self,
                    old_ptr: u32,
                    old_len: u32,
                    align: u32,
                    new_len: u32,
                ) -> u32;
                fn memory(&mut self) -> u32;
                fn post_return(&mut self, ret: u32) -> u32;
                fn start(&mut self, init: bool) -> bool;
                fn ret_area(&mut self, ret_area: u64) -> (u64, u64);
            }
            /// Defines the functions of `test:keywords/type` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:keywords/type")?;
                inst.resource(
                    "impl",
                    ::canon_host::ResourceType::host::<Impl>(),
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, rep: u32| {
                        let host = get(cx.data_mut());
                        HostImpl::drop(host, ::canon_host::Resource::new_own(rep))
                    },
                )?;
                inst.func_wrap(
                    "type",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (type_,): (Record,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::type_(host, type_))
                    },
                )?;
                inst.func_wrap(
                    "self",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (Struct,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::self_(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "enum",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (enum_,): (Switch,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::enum_(host, enum_))
                    },
                )?;
                inst.func_wrap(
                    "match",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (match_,): (Variant,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::match_(host, match_))
                    },
                )?;
                inst.func_wrap(
                    "fn",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (fn_,): (Flags,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::fn_(host, fn_))
                    },
                )?;
                inst.func_wrap(
                    "return",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (return_, float, double): (Int, Float, Double)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::return_(host, return_, float, double))
                    },
                )?;
                inst.func_wrap(
                    "static",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (static_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::static_(host, static_))
                    },
                )?;
                inst.func_wrap(
                    "union",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (union,): (::std::vec::Vec<Switch>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::union(host, union))
                    },
                )?;
                inst.func_wrap(
                    "default",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::default(host))
                    },
                )?;
                inst.func_wrap(
                    "mod",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (mod_,): (String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::mod_(host, mod_))
                    },
                )?;
                inst.func_wrap(
                    "async",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (async_,): (Bool,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::async_(host, async_))
                    },
                )?;
                inst.func_wrap(
                    "result",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (result,): (::core::result::Result<String, String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::result(host, result))
                    },
                )?;
                inst.func_wrap(
                    "option",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (option,): (::core::option::Option<String>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::option(host, option))
                    },
                )?;
                inst.func_wrap(
                    "list",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (list,): (::std::vec::Vec<Void>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::list(host, list))
                    },
                )?;
                inst.func_wrap(
                    "char",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (string, char): (String, char)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::char(host, string, char))
                    },
                )?;
                inst.func_wrap(
                    "u8",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (u8, s64, f32): (u8, i64, f32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::u8(host, u8, s64, f32))
                    },
                )?;
                inst.func_wrap(
                    "func",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (use_, with, as_, from): (u32, u32, u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::func(host, use_, with, as_, from))
                    },
                )?;
                inst.func_wrap(
                    "constructor",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (include, world, interface): (u32, u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::constructor(host, include, world, interface))
                    },
                )?;
                inst.func_wrap(
                    "future",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (stream, map, tuple): (u32, u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::future(host, stream, map, tuple))
                    },
                )?;
                inst.func_wrap(
                    "main",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (argc, argv): (i32, ::std::vec::Vec<::std::string::String>)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::main(host, argc, argv))
                    },
                )?;
                inst.func_wrap(
                    "realloc",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (ptr, size): (u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::realloc(host, ptr, size))
                    },
                )?;
                inst.func_wrap(
                    "cabi-realloc",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (old_ptr, old_len, align, new_len): (u32, u32, u32, u32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::cabi_realloc(host, old_ptr, old_len, align, new_len))
                    },
                )?;
                inst.func_wrap(
                    "memory",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::memory(host))
                    },
                )?;
                inst.func_wrap(
                    "post-return",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (ret,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::post_return(host, ret))
                    },
                )?;
                inst.func_wrap(
                    "start",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (init,): (bool,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::start(host, init))
                    },
                )?;
                inst.func_wrap(
                    "ret-area",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (ret_area,): (u64,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::ret_area(host, ret_area))
                    },
                )?;
                inst.func_wrap(
                    "[constructor]impl",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (type_,): (u32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::new(host, type_))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.type",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::type_(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[static]impl.new",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_value,): (u32,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::new_(host, self_value))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.drop",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::drop_(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.rep",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::rep(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.handle",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::handle(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.clone",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (self_,): (::canon_host::Resource<Impl>,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::clone(host, self_))
                    },
                )?;
                inst.func_wrap(
                    "[method]impl.borrow",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            self_,
                            own,
                            other,
                        ): (
                            ::canon_host::Resource<Impl>,
                            ::canon_host::Resource<Impl>,
                            ::canon_host::Resource<Impl>,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(HostImpl::borrow(host, self_, own, other))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// The functions the world `keywords` imports directly, implemented by the host.
pub trait KeywordsImports {
    fn import(&mut self, export: u32) -> u32;
}
/// An instance of the world `keywords`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Keywords {
    instance: ::canon_host::Instance,
    test_keywords_type: exports::test::keywords::type_::Guest,
    test_keywords_mod: exports::test::keywords::mod_::Guest,
    export: ::canon_host::TypedFunc<(u32,), u32>,
}
impl Keywords {
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
            test_keywords_type: exports::test::keywords::type_::Guest::new(instance)?,
            test_keywords_mod: exports::test::keywords::mod_::Guest::new(instance)?,
            export: exports
                .get_func("export")
                .ok_or_else(|| ::canon_host::Error::Link(
                    "the component has no function `export`".into(),
                ))?
                .typed::<(u32,), u32>()
                .map_err(|e| ::canon_host::Error::Type(
                    ::std::format!("{}: {}", "the component, function `export`", e),
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
        U: test::keywords::type_::Host + test::keywords::mod_::Host + KeywordsImports
            + 'static,
    {
        test::keywords::type_::add_to_linker(linker, get)?;
        test::keywords::mod_::add_to_linker(linker, get)?;
        {
            let mut inst = linker.root();
            inst.func_wrap(
                "import",
                move |mut cx: ::canon_host::StoreContextMut<'_, T>, (export,): (u32,)| {
                    let host = get(cx.data_mut());
                    Ok(KeywordsImports::import(host, export))
                },
            )?;
        }
        Ok(())
    }
    /// The exported interface `test:keywords/type`.
    pub fn test_keywords_type(&self) -> &exports::test::keywords::type_::Guest {
        &self.test_keywords_type
    }
    /// The exported interface `test:keywords/mod`.
    pub fn test_keywords_mod(&self) -> &exports::test::keywords::mod_::Guest {
        &self.test_keywords_mod
    }
    pub fn call_export<S: Send + 'static>(
        &self,
        store: &mut ::canon_host::Store<S>,
        import: u32,
    ) -> ::canon_host::Result<u32> {
        self.export.call(store, (import,))
    }
}
