# oracle: seed 182, closed, raises RuntimeError at line 20
import torch.nn

lstm_0 = torch.nn.LSTM(3, 2, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 4, 3))
r_0_0 = out_0.unsqueeze(-1).squeeze(0)
r_0_1 = torch.cat((out_0, out_0), dim=0)
r_0_2 = torch.cat((out_0, out_0), dim=0)
r_0_3 = h_0[-1]
a_0, b_0 = out_0.chunk(2, dim=0)

gru_1 = torch.nn.GRU(2, 7)
x_1 = torch.randn(3, 2)
deep_1 = torch.nn.GRU(2, 7, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 7))
elif 2 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(1, 3, 7))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 7))
