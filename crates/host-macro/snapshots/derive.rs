impl ::canon_host::ComponentType for Point {
    fn typecheck(
        ty: &::canon_host::ValueType,
    ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
        ::canon_host::typed::typecheck_record(
            ty,
            "point",
            &[
                ("x", <u32 as ::canon_host::ComponentType>::typecheck),
                ("why", <i64 as ::canon_host::ComponentType>::typecheck),
                ("long-name", <String as ::canon_host::ComponentType>::typecheck),
            ],
        )
    }
    fn lower_flat(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        out: &mut ::canon_host::typed::Flat,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        let fields = cx.record(ty)?;
        ::canon_host::ComponentType::lower_flat(&self.x, cx, fields.ty(0usize)?, out)?;
        ::canon_host::ComponentType::lower_flat(&self.y, cx, fields.ty(1usize)?, out)?;
        ::canon_host::ComponentType::lower_flat(
            &self.long_name,
            cx,
            fields.ty(2usize)?,
            out,
        )?;
        Ok(())
    }
    fn store(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        let fields = cx.record(ty)?;
        {
            let (t, at) = fields.at(0usize, ptr)?;
            ::canon_host::ComponentType::store(&self.x, cx, t, at)?;
        }
        {
            let (t, at) = fields.at(1usize, ptr)?;
            ::canon_host::ComponentType::store(&self.y, cx, t, at)?;
        }
        {
            let (t, at) = fields.at(2usize, ptr)?;
            ::canon_host::ComponentType::store(&self.long_name, cx, t, at)?;
        }
        Ok(())
    }
    fn lift_flat(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        vals: &[::canon_host::typed::CoreVal],
        pos: &mut usize,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let fields = cx.record(ty)?;
        Ok(Self {
            x: <u32 as ::canon_host::ComponentType>::lift_flat(
                cx,
                fields.ty(0usize)?,
                vals,
                pos,
            )?,
            y: <i64 as ::canon_host::ComponentType>::lift_flat(
                cx,
                fields.ty(1usize)?,
                vals,
                pos,
            )?,
            long_name: <String as ::canon_host::ComponentType>::lift_flat(
                cx,
                fields.ty(2usize)?,
                vals,
                pos,
            )?,
        })
    }
    fn load(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let fields = cx.record(ty)?;
        Ok(Self {
            x: {
                let (t, at) = fields.at(0usize, ptr)?;
                <u32 as ::canon_host::ComponentType>::load(cx, t, at)?
            },
            y: {
                let (t, at) = fields.at(1usize, ptr)?;
                <i64 as ::canon_host::ComponentType>::load(cx, t, at)?
            },
            long_name: {
                let (t, at) = fields.at(2usize, ptr)?;
                <String as ::canon_host::ComponentType>::load(cx, t, at)?
            },
        })
    }
}
impl ::canon_host::ComponentType for Shape {
    fn typecheck(
        ty: &::canon_host::ValueType,
    ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
        ::canon_host::typed::typecheck_variant(
            ty,
            "shape",
            &[
                ("circle", Some(<f64 as ::canon_host::ComponentType>::typecheck)),
                ("empty", None),
                ("points", Some(<Vec<Point> as ::canon_host::ComponentType>::typecheck)),
            ],
        )
    }
    fn lower_flat(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        out: &mut ::canon_host::typed::Flat,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        match self {
            Self::Circle(payload) => cx.lower_case_with(ty, 0u32, payload, out),
            Self::Empty => cx.lower_case(ty, 1u32, out),
            Self::Points(payload) => cx.lower_case_with(ty, 2u32, payload, out),
        }
    }
    fn store(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        match self {
            Self::Circle(payload) => cx.store_case_with(ty, ptr, 0u32, payload),
            Self::Empty => cx.store_case(ty, ptr, 1u32),
            Self::Points(payload) => cx.store_case_with(ty, ptr, 2u32, payload),
        }
    }
    fn lift_flat(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        vals: &[::canon_host::typed::CoreVal],
        pos: &mut usize,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let case = cx.lift_case(ty, vals, pos)?;
        match case.discriminant() {
            0u32 => Ok(Self::Circle(case.lift::<f64>(cx)?)),
            1u32 => Ok(Self::Empty),
            2u32 => Ok(Self::Points(case.lift::<Vec<Point>>(cx)?)),
            _ => Err(case.invalid()),
        }
    }
    fn load(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let case = cx.load_case(ty, ptr)?;
        match case.discriminant() {
            0u32 => Ok(Self::Circle(case.lift::<f64>(cx)?)),
            1u32 => Ok(Self::Empty),
            2u32 => Ok(Self::Points(case.lift::<Vec<Point>>(cx)?)),
            _ => Err(case.invalid()),
        }
    }
}
impl ::canon_host::ComponentType for Color {
    fn typecheck(
        ty: &::canon_host::ValueType,
    ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
        ::canon_host::typed::typecheck_names(ty, "color", &["red", "dark-green"], false)
    }
    fn lower_flat(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        out: &mut ::canon_host::typed::Flat,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        let disc = match self {
            Self::Red => 0u32,
            Self::DarkGreen => 1u32,
        };
        cx.lower_case(ty, disc, out)
    }
    fn store(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        let disc = match self {
            Self::Red => 0u32,
            Self::DarkGreen => 1u32,
        };
        cx.store_case(ty, ptr, disc)
    }
    fn lift_flat(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        vals: &[::canon_host::typed::CoreVal],
        pos: &mut usize,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let case = cx.lift_case(ty, vals, pos)?;
        match case.discriminant() {
            0u32 => Ok(Self::Red),
            1u32 => Ok(Self::DarkGreen),
            _ => Err(case.invalid()),
        }
    }
    fn load(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        let case = cx.load_case(ty, ptr)?;
        match case.discriminant() {
            0u32 => Ok(Self::Red),
            1u32 => Ok(Self::DarkGreen),
            _ => Err(case.invalid()),
        }
    }
}
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Perms {
    bits: [u32; 1usize],
}
impl Perms {
    /// The flag `read`.
    pub const READ: Self = Self { bits: [1u32] };
    /// The flag `write-all`.
    pub const WRITE: Self = Self { bits: [2u32] };
    /// No flags set.
    pub const fn empty() -> Self {
        Self { bits: [0; 1usize] }
    }
    /// Every flag set.
    pub const fn all() -> Self {
        Self { bits: [3u32] }
    }
    /// Whether no flag is set.
    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|w| *w == 0)
    }
    /// Whether every flag of `other` is set.
    pub fn contains(&self, other: Self) -> bool {
        (*self & other) == other
    }
    /// Sets the flags of `other`.
    pub fn insert(&mut self, other: Self) {
        *self |= other;
    }
    /// Clears the flags of `other`.
    pub fn remove(&mut self, other: Self) {
        *self &= !other;
    }
    /// The flags as 32-bit words, flag 0 in bit 0 of word 0.
    pub fn as_words(&self) -> [u32; 1usize] {
        self.bits
    }
    /// Flags from 32-bit words; bits beyond the flags are ignored.
    pub fn from_words(bits: [u32; 1usize]) -> Self {
        Self { bits } & Self::all()
    }
}
impl ::core::ops::BitOr for Perms {
    type Output = Self;
    fn bitor(mut self, rhs: Self) -> Self {
        for (a, b) in self.bits.iter_mut().zip(rhs.bits) {
            *a |= b;
        }
        self
    }
}
impl ::core::ops::BitOrAssign for Perms {
    fn bitor_assign(&mut self, rhs: Self) {
        *self = ::core::ops::BitOr::bitor(*self, rhs);
    }
}
impl ::core::ops::BitAnd for Perms {
    type Output = Self;
    fn bitand(mut self, rhs: Self) -> Self {
        for (a, b) in self.bits.iter_mut().zip(rhs.bits) {
            *a &= b;
        }
        self
    }
}
impl ::core::ops::BitAndAssign for Perms {
    fn bitand_assign(&mut self, rhs: Self) {
        *self = ::core::ops::BitAnd::bitand(*self, rhs);
    }
}
impl ::core::ops::BitXor for Perms {
    type Output = Self;
    fn bitxor(mut self, rhs: Self) -> Self {
        for (a, b) in self.bits.iter_mut().zip(rhs.bits) {
            *a ^= b;
        }
        self
    }
}
impl ::core::ops::BitXorAssign for Perms {
    fn bitxor_assign(&mut self, rhs: Self) {
        *self = ::core::ops::BitXor::bitxor(*self, rhs);
    }
}
impl ::core::ops::Not for Perms {
    type Output = Self;
    fn not(mut self) -> Self {
        for w in self.bits.iter_mut() {
            *w = !*w;
        }
        self & Self::all()
    }
}
impl ::core::ops::Sub for Perms {
    type Output = Self;
    fn sub(self, rhs: Self) -> Self {
        self & !rhs
    }
}
impl ::core::fmt::Debug for Perms {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let mut set = f.debug_set();
        if self.contains(Self::READ) {
            set.entry(&::core::format_args!("read"));
        }
        if self.contains(Self::WRITE) {
            set.entry(&::core::format_args!("write-all"));
        }
        set.finish()
    }
}
impl ::canon_host::ComponentType for Perms {
    fn typecheck(
        ty: &::canon_host::ValueType,
    ) -> ::core::result::Result<(), ::canon_host::typed::TypeMismatch> {
        ::canon_host::typed::typecheck_names(ty, "perms", &["read", "write-all"], true)
    }
    fn lower_flat(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        out: &mut ::canon_host::typed::Flat,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        cx.lower_flags(ty, &self.bits, out)
    }
    fn store(
        &self,
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<(), ::canon_host::Error> {
        cx.store_flags(ty, ptr, &self.bits)
    }
    fn lift_flat(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        vals: &[::canon_host::typed::CoreVal],
        pos: &mut usize,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        Ok(Self {
            bits: cx.lift_flags(ty, vals, pos)?,
        })
    }
    fn load(
        cx: &mut ::canon_host::typed::TypedCx<'_, '_>,
        ty: ::canon_host::typed::ValType,
        ptr: u32,
    ) -> ::core::result::Result<Self, ::canon_host::Trap> {
        Ok(Self {
            bits: cx.load_flags(ty, ptr)?,
        })
    }
}
