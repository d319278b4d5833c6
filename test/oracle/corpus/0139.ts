// oracle: seed 139, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(3, 5);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 3));
});
