# oracle: seed 88, closed, raises RuntimeError at line 21
import torch.nn

gru_0 = torch.nn.GRU(4, 4)
x_0 = torch.randn(3, 4)
cell_0 = torch.nn.GRUCell(4, 4)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)

cell_1 = torch.nn.RNNCell(2, 8)
xs_1 = torch.randn(3, 2, 2)
h_1 = torch.zeros(2, 8)
outputs_1 = []
for t in range(3):
    h_1 = cell_1(xs_1[t], h_1)
    if t == 2:
        h_1 = torch.zeros(2, 9)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)

rnn_2 = torch.nn.LSTM(input_size=3, hidden_size=7, num_layers=3)
x_2 = torch.zeros(3, 2, 3)
out_2, (h_2, _) = rnn_2(x_2)
n_2 = out_2.size(1) * out_2.dim()

kind_3 = "LSTM"
rnn_3 = getattr(torch.nn, kind_3)(4, 5)
out_3 = rnn_3(torch.randn(4, 2, 4))[0]

config_4 = {"input_size": 3, "hidden_size": 7, "num_layers": 2}
rnn_4 = torch.nn.GRU(**config_4)
out_4, h_4 = rnn_4(torch.randn(3, 2, config_4["input_size"]))
