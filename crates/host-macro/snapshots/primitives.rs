#[allow(clippy::all, unused_imports, dead_code)]
pub mod exports {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod test {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod primitives {
            #[allow(clippy::all, unused_imports, dead_code)]
            pub mod prims {
                /// The functions of the exported interface `test:primitives/prims`.
                #[derive(Clone, Debug)]
                pub struct Guest {
                    echo_bool: ::canon_host::TypedFunc<(bool,), bool>,
                    echo_s8: ::canon_host::TypedFunc<(i8,), i8>,
                    echo_s16: ::canon_host::TypedFunc<(i16,), i16>,
                    echo_s32: ::canon_host::TypedFunc<(i32,), i32>,
                    echo_s64: ::canon_host::TypedFunc<(i64,), i64>,
                    echo_u8: ::canon_host::TypedFunc<(u8,), u8>,
                    echo_u16: ::canon_host::TypedFunc<(u16,), u16>,
                    echo_u32: ::canon_host::TypedFunc<(u32,), u32>,
                    echo_u64: ::canon_host::TypedFunc<(u64,), u64>,
                    echo_f32: ::canon_host::TypedFunc<(f32,), f32>,
                    echo_f64: ::canon_host::TypedFunc<(f64,), f64>,
                    echo_char: ::canon_host::TypedFunc<(char,), char>,
                    echo_string: ::canon_host::TypedFunc<
                        (::std::string::String,),
                        ::std::string::String,
                    >,
                    echo_all: ::canon_host::TypedFunc<
                        (
                            bool,
                            i8,
                            i16,
                            i32,
                            i64,
                            u8,
                            u16,
                            u32,
                            u64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                        ),
                        (
                            bool,
                            i8,
                            i16,
                            i32,
                            i64,
                            u8,
                            u16,
                            u32,
                            u64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                        ),
                    >,
                    sub_s64: ::canon_host::TypedFunc<(i64, i64), i64>,
                    mix_floats: ::canon_host::TypedFunc<(f32, f64, f32), f64>,
                    no_params: ::canon_host::TypedFunc<(), u32>,
                    no_result: ::canon_host::TypedFunc<(u32,), ()>,
                    nothing: ::canon_host::TypedFunc<(), ()>,
                }
                impl Guest {
                    /// Looks the functions up in `instance` and checks their types.
                    pub fn new(
                        instance: &::canon_host::Instance,
                    ) -> ::canon_host::Result<Guest> {
                        #[allow(unused_variables)]
                        let exports = instance
                            .get_instance("test:primitives/prims")
                            .ok_or_else(|| ::canon_host::Error::Link(
                                "the component does not export interface `test:primitives/prims`"
                                    .into(),
                            ))?;
                        Ok(Guest {
                            echo_bool: exports
                                .get_func("echo-bool")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-bool`"
                                        .into(),
                                ))?
                                .typed::<(bool,), bool>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-bool`",
                                        e
                                    ),
                                ))?,
                            echo_s8: exports
                                .get_func("echo-s8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-s8`"
                                        .into(),
                                ))?
                                .typed::<(i8,), i8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-s8`",
                                        e
                                    ),
                                ))?,
                            echo_s16: exports
                                .get_func("echo-s16")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-s16`"
                                        .into(),
                                ))?
                                .typed::<(i16,), i16>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-s16`",
                                        e
                                    ),
                                ))?,
                            echo_s32: exports
                                .get_func("echo-s32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-s32`"
                                        .into(),
                                ))?
                                .typed::<(i32,), i32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-s32`",
                                        e
                                    ),
                                ))?,
                            echo_s64: exports
                                .get_func("echo-s64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-s64`"
                                        .into(),
                                ))?
                                .typed::<(i64,), i64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-s64`",
                                        e
                                    ),
                                ))?,
                            echo_u8: exports
                                .get_func("echo-u8")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-u8`"
                                        .into(),
                                ))?
                                .typed::<(u8,), u8>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-u8`",
                                        e
                                    ),
                                ))?,
                            echo_u16: exports
                                .get_func("echo-u16")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-u16`"
                                        .into(),
                                ))?
                                .typed::<(u16,), u16>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-u16`",
                                        e
                                    ),
                                ))?,
                            echo_u32: exports
                                .get_func("echo-u32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-u32`"
                                        .into(),
                                ))?
                                .typed::<(u32,), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-u32`",
                                        e
                                    ),
                                ))?,
                            echo_u64: exports
                                .get_func("echo-u64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-u64`"
                                        .into(),
                                ))?
                                .typed::<(u64,), u64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-u64`",
                                        e
                                    ),
                                ))?,
                            echo_f32: exports
                                .get_func("echo-f32")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-f32`"
                                        .into(),
                                ))?
                                .typed::<(f32,), f32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-f32`",
                                        e
                                    ),
                                ))?,
                            echo_f64: exports
                                .get_func("echo-f64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-f64`"
                                        .into(),
                                ))?
                                .typed::<(f64,), f64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-f64`",
                                        e
                                    ),
                                ))?,
                            echo_char: exports
                                .get_func("echo-char")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-char`"
                                        .into(),
                                ))?
                                .typed::<(char,), char>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-char`",
                                        e
                                    ),
                                ))?,
                            echo_string: exports
                                .get_func("echo-string")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-string`"
                                        .into(),
                                ))?
                                .typed::<(::std::string::String,), ::std::string::String>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-string`",
                                        e
                                    ),
                                ))?,
                            echo_all: exports
                                .get_func("echo-all")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `echo-all`"
                                        .into(),
                                ))?
                                .typed::<
                                    (
                                        bool,
                                        i8,
                                        i16,
                                        i32,
                                        i64,
                                        u8,
                                        u16,
                                        u32,
                                        u64,
                                        f32,
                                        f64,
                                        char,
                                        ::std::string::String,
                                    ),
                                    (
                                        bool,
                                        i8,
                                        i16,
                                        i32,
                                        i64,
                                        u8,
                                        u16,
                                        u32,
                                        u64,
                                        f32,
                                        f64,
                                        char,
                                        ::std::string::String,
                                    ),
                                >()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `echo-all`",
                                        e
                                    ),
                                ))?,
                            sub_s64: exports
                                .get_func("sub-s64")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `sub-s64`"
                                        .into(),
                                ))?
                                .typed::<(i64, i64), i64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `sub-s64`",
                                        e
                                    ),
                                ))?,
                            mix_floats: exports
                                .get_func("mix-floats")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `mix-floats`"
                                        .into(),
                                ))?
                                .typed::<(f32, f64, f32), f64>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `mix-floats`",
                                        e
                                    ),
                                ))?,
                            no_params: exports
                                .get_func("no-params")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `no-params`"
                                        .into(),
                                ))?
                                .typed::<(), u32>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `no-params`",
                                        e
                                    ),
                                ))?,
                            no_result: exports
                                .get_func("no-result")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `no-result`"
                                        .into(),
                                ))?
                                .typed::<(u32,), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `no-result`",
                                        e
                                    ),
                                ))?,
                            nothing: exports
                                .get_func("nothing")
                                .ok_or_else(|| ::canon_host::Error::Link(
                                    "exported interface `test:primitives/prims` has no function `nothing`"
                                        .into(),
                                ))?
                                .typed::<(), ()>()
                                .map_err(|e| ::canon_host::Error::Type(
                                    ::std::format!(
                                        "{}: {}",
                                        "exported interface `test:primitives/prims`, function `nothing`",
                                        e
                                    ),
                                ))?,
                        })
                    }
                    pub fn call_echo_bool<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: bool,
                    ) -> ::canon_host::Result<bool> {
                        self.echo_bool.call(store, (x,))
                    }
                    pub fn call_echo_s8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i8,
                    ) -> ::canon_host::Result<i8> {
                        self.echo_s8.call(store, (x,))
                    }
                    pub fn call_echo_s16<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i16,
                    ) -> ::canon_host::Result<i16> {
                        self.echo_s16.call(store, (x,))
                    }
                    pub fn call_echo_s32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i32,
                    ) -> ::canon_host::Result<i32> {
                        self.echo_s32.call(store, (x,))
                    }
                    pub fn call_echo_s64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: i64,
                    ) -> ::canon_host::Result<i64> {
                        self.echo_s64.call(store, (x,))
                    }
                    pub fn call_echo_u8<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u8,
                    ) -> ::canon_host::Result<u8> {
                        self.echo_u8.call(store, (x,))
                    }
                    pub fn call_echo_u16<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u16,
                    ) -> ::canon_host::Result<u16> {
                        self.echo_u16.call(store, (x,))
                    }
                    pub fn call_echo_u32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<u32> {
                        self.echo_u32.call(store, (x,))
                    }
                    pub fn call_echo_u64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u64,
                    ) -> ::canon_host::Result<u64> {
                        self.echo_u64.call(store, (x,))
                    }
                    pub fn call_echo_f32<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: f32,
                    ) -> ::canon_host::Result<f32> {
                        self.echo_f32.call(store, (x,))
                    }
                    pub fn call_echo_f64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: f64,
                    ) -> ::canon_host::Result<f64> {
                        self.echo_f64.call(store, (x,))
                    }
                    pub fn call_echo_char<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: char,
                    ) -> ::canon_host::Result<char> {
                        self.echo_char.call(store, (x,))
                    }
                    pub fn call_echo_string<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: ::std::string::String,
                    ) -> ::canon_host::Result<::std::string::String> {
                        self.echo_string.call(store, (x,))
                    }
                    /// 14 flat params, result spills to a return area.
                    pub fn call_echo_all<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: bool,
                        b: i8,
                        c: i16,
                        d: i32,
                        e: i64,
                        f: u8,
                        g: u16,
                        h: u32,
                        i: u64,
                        j: f32,
                        k: f64,
                        l: char,
                        m: ::std::string::String,
                    ) -> ::canon_host::Result<
                        (
                            bool,
                            i8,
                            i16,
                            i32,
                            i64,
                            u8,
                            u16,
                            u32,
                            u64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                        ),
                    > {
                        self.echo_all
                            .call(store, (a, b, c, d, e, f, g, h, i, j, k, l, m))
                    }
                    /// Two params of the same type, to catch argument-order mixups.
                    pub fn call_sub_s64<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: i64,
                        b: i64,
                    ) -> ::canon_host::Result<i64> {
                        self.sub_s64.call(store, (a, b))
                    }
                    pub fn call_mix_floats<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        a: f32,
                        b: f64,
                        c: f32,
                    ) -> ::canon_host::Result<f64> {
                        self.mix_floats.call(store, (a, b, c))
                    }
                    pub fn call_no_params<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<u32> {
                        self.no_params.call(store, ())
                    }
                    pub fn call_no_result<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                        x: u32,
                    ) -> ::canon_host::Result<()> {
                        self.no_result.call(store, (x,))
                    }
                    pub fn call_nothing<S: Send + 'static>(
                        &self,
                        store: &mut ::canon_host::Store<S>,
                    ) -> ::canon_host::Result<()> {
                        self.nothing.call(store, ())
                    }
                }
            }
        }
    }
}
#[allow(clippy::all, unused_imports, dead_code)]
pub mod test {
    #[allow(clippy::all, unused_imports, dead_code)]
    pub mod primitives {
        #[allow(clippy::all, unused_imports, dead_code)]
        pub mod prims {
            pub trait Host {
                fn echo_bool(&mut self, x: bool) -> bool;
                fn echo_s8(&mut self, x: i8) -> i8;
                fn echo_s16(&mut self, x: i16) -> i16;
                fn echo_s32(&mut self, x: i32) -> i32;
                fn echo_s64(&mut self, x: i64) -> i64;
                fn echo_u8(&mut self, x: u8) -> u8;
                fn echo_u16(&mut self, x: u16) -> u16;
                fn echo_u32(&mut self, x: u32) -> u32;
                fn echo_u64(&mut self, x: u64) -> u64;
                fn echo_f32(&mut self, x: f32) -> f32;
                fn echo_f64(&mut self, x: f64) -> f64;
                fn echo_char(&mut self, x: char) -> char;
                fn echo_string(
                    &mut self,
                    x: ::std::string::String,
                ) -> ::std::string::String;
                /// 14 flat params, result spills to a return area.
                fn echo_all(
                    &mut self,
                    a: bool,
                    b: i8,
                    c: i16,
                    d: i32,
                    e: i64,
                    f: u8,
                    g: u16,
                    h: u32,
                    i: u64,
                    j: f32,
                    k: f64,
                    l: char,
                    m: ::std::string::String,
                ) -> (
                    bool,
                    i8,
                    i16,
                    i32,
                    i64,
                    u8,
                    u16,
                    u32,
                    u64,
                    f32,
                    f64,
                    char,
                    ::std::string::String,
                );
                /// Two params of the same type, to catch argument-order mixups.
                fn sub_s64(&mut self, a: i64, b: i64) -> i64;
                fn mix_floats(&mut self, a: f32, b: f64, c: f32) -> f64;
                fn no_params(&mut self) -> u32;
                fn no_result(&mut self, x: u32);
                fn nothing(&mut self);
            }
            /// Defines the functions of `test:primitives/prims` in `linker`, implemented by the `Host` that `get` finds in the store's data.
            pub fn add_to_linker<T, U>(
                linker: &mut ::canon_host::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::canon_host::Result<()>
            where
                T: Send + 'static,
                U: Host + 'static,
            {
                #[allow(unused_mut, unused_variables)]
                let mut inst = linker.instance("test:primitives/prims")?;
                inst.func_wrap(
                    "echo-bool",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (bool,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_bool(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-s8",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_s8(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-s16",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i16,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_s16(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-s32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_s32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-s64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (i64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_s64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-u8",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u8,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u8(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-u16",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u16,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u16(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-u32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-u64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_u64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-f32",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (f32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_f32(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-f64",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (f64,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_f64(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-char",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (char,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_char(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-string",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (x,): (::std::string::String,)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_string(host, x))
                    },
                )?;
                inst.func_wrap(
                    "echo-all",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (
                            a,
                            b,
                            c,
                            d,
                            e,
                            f,
                            g,
                            h,
                            i,
                            j,
                            k,
                            l,
                            m,
                        ): (
                            bool,
                            i8,
                            i16,
                            i32,
                            i64,
                            u8,
                            u16,
                            u32,
                            u64,
                            f32,
                            f64,
                            char,
                            ::std::string::String,
                        )|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::echo_all(host, a, b, c, d, e, f, g, h, i, j, k, l, m))
                    },
                )?;
                inst.func_wrap(
                    "sub-s64",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b): (i64, i64)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::sub_s64(host, a, b))
                    },
                )?;
                inst.func_wrap(
                    "mix-floats",
                    move |
                        mut cx: ::canon_host::StoreContextMut<'_, T>,
                        (a, b, c): (f32, f64, f32)|
                    {
                        let host = get(cx.data_mut());
                        Ok(Host::mix_floats(host, a, b, c))
                    },
                )?;
                inst.func_wrap(
                    "no-params",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::no_params(host))
                    },
                )?;
                inst.func_wrap(
                    "no-result",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (x,): (u32,)| {
                        let host = get(cx.data_mut());
                        Ok(Host::no_result(host, x))
                    },
                )?;
                inst.func_wrap(
                    "nothing",
                    move |mut cx: ::canon_host::StoreContextMut<'_, T>, (): ()| {
                        let host = get(cx.data_mut());
                        Ok(Host::nothing(host))
                    },
                )?;
                Ok(())
            }
        }
    }
}
/// An instance of the world `primitives`: its exports, typed, after instantiation.
#[derive(Clone, Debug)]
pub struct Primitives {
    instance: ::canon_host::Instance,
    test_primitives_prims: exports::test::primitives::prims::Guest,
}
impl Primitives {
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
            test_primitives_prims: exports::test::primitives::prims::Guest::new(
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
        U: test::primitives::prims::Host + 'static,
    {
        test::primitives::prims::add_to_linker(linker, get)?;
        Ok(())
    }
    /// The exported interface `test:primitives/prims`.
    pub fn test_primitives_prims(&self) -> &exports::test::primitives::prims::Guest {
        &self.test_primitives_prims
    }
}
