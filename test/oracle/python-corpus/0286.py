# oracle: seed 286, closed, raises RuntimeError at line 6
import torch.nn

rnn_0 = torch.nn.GRU(3, 9, batch_first=True)
x_0 = torch.randn((4, 6, 5))
out_0, h_0 = rnn_0(x_0)
fc_0 = torch.nn.Linear(11, 4)
logits_0 = fc_0(h_0[-1])

gru_1 = torch.nn.GRU(6, 7)
x_1 = torch.randn(4, 3, 6)
if x_1.size(-1) == 6:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 7))
