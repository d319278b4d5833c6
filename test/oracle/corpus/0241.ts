// oracle: seed 241, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(2, 4);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 2));
});

const m_1 = new nn.GRU(5, 3);
let w_1 = 6;
[1, 2].forEach(() => {
  w_1 = 5;
});
m_1.forward(torch.randn(2, 3, w_1));
