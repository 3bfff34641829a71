import type { PreviewGridStrings } from "../en/previewGrid";

export const previewGrid: PreviewGridStrings = {
  validationRefused: "此值与此单元格定义的数据验证限制不匹配。",
  retry: "重试",
  cancel: "取消",
  ok: "确定",
  nameNotFound: (typed) =>
    `“${typed}”不是单元格、区域，也不是此工作簿中定义的名称。请输入 B3 这样的地址，或 Budget_Total 这样的已定义名称。`,
  pickFromList: (address) => `${address} 允许的值`,
};
