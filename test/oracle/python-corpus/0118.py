# oracle: seed 118, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(3, 3, 2, batch_first=True, dropout=0.5, proj_size=1)
x_0 = torch.ones(1, 3, 3)
out_0, state_0 = rnn_0(x_0)
fc_0 = nn.Linear(1, 4)
logits_0 = fc_0(state_0[0][-1])

y_1 = torch.randn(1, 3, 4)
layers_1 = nn.ModuleList([nn.GRU(4, 5), nn.GRU(5, 5), nn.GRU(6, 7)])
for layer in layers_1:
    y_1, _ = layer(y_1)

rnn_2 = nn.RNN(input_size=7, hidden_size=4, num_layers=1, batch_first=True, bidirectional=True)
x_2 = torch.randn((4, 2, 6))
out_2, h_2 = rnn_2(x_2)
fc_2 = nn.Linear(8, 3)
logits_2 = fc_2(out_2[:, -1, :])

rnn_3 = nn.RNN(input_size=3, hidden_size=5, batch_first=False, bidirectional=False)
x_3 = torch.randn(1, 3)
hx_3 = torch.zeros(1, 1, 5)
out_3, _ = rnn_3(x_3, hx_3)

cell_4 = nn.GRUCell(input_size=3, hidden_size=6)
h_4 = torch.zeros(2, 6)
t_4 = 0
while t_4 < 2:
    h_4 = cell_4(torch.randn(2, 3), h_4)
    t_4 += 1
z_4 = h_4.unsqueeze(0).squeeze(0)
