# oracle: seed 81, closed, raises RuntimeError at line 12
import torch.nn

gru_0 = torch.nn.GRU(5, 2)
x_0 = torch.randn(3, 5)
deep_0 = torch.nn.GRU(5, 2, num_layers=1)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(2, 3, 2))
elif 2 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(1, 3, 2))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 5), torch.zeros(2, 3, 2))

cell_1 = torch.nn.RNNCell(3, 6)
xs_1 = torch.randn(4, 4, 3)
h_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(xs_1.size(0)):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

lstm_2 = torch.nn.LSTM(3, 3, 2)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 2, 3))
r_2_0 = out_2.contiguous().view(3, 2, 3)
r_2_1 = h_2[2]
r_2_2 = out_2.reshape(-1, 3)
r_2_3 = out_2.reshape(-1, 3)
