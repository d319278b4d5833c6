# oracle: seed 105, closed, runs cleanly
import torch
import torch.nn as nn

kind_0 = "GRU"
rnn_0 = getattr(nn, kind_0)(6, 5)
out_0 = rnn_0(torch.randn(4, 2, 6))[0]

y_1 = torch.randn(4, 3, 5)
stack_1 = nn.ModuleDict({"enc": nn.RNN(5, 3)})
y_1, _ = stack_1["enc"](y_1)
y_1, _ = nn.RNN(3, 7)(y_1)

config_2 = {"input_size": 4, "hidden_size": 6, "num_layers": 2}
rnn_2 = nn.GRU(**config_2)
out_2, h_2 = rnn_2(torch.randn(3, 2, config_2["input_size"]))

layer_3 = nn.GRU(7, 3, dropout=0.0)

cell_4 = nn.LSTMCell(6, 6)
xs_4 = torch.randn(4, 1, 6)
h_4 = torch.zeros(1, 6)
c_4 = torch.zeros(1, 6)
outputs_4 = []
for t in range(4):
    if t % 2 == 1:
        continue
    h_4, c_4 = cell_4(xs_4[t], (h_4, c_4))
    outputs_4.append(h_4)
seq_4 = torch.stack(outputs_4)
