// oracle: seed 158, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(6, 6);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 6));
});
