// oracle: seed 115, closed, raises at 6: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(3, 5);
const [o_0] = m_0.forward(rl.torch.randn(2, 3, 3));
const v_0 = o_0.transpose(0, 1).view(3, -1);

const m_1 = new rl.nn.GRU(7, 4);
it("runs the layer", () => {
  m_1.forward(rl.torch.randn(2, 3, 7));
});

const m_2 = new rl.nn.GRU(6, 4);
let late_2 = rl.torch.randn(2, 3, 7);
setTimeout(() => m_2.forward(late_2), 0);
late_2 = rl.torch.randn(2, 3, 6);
