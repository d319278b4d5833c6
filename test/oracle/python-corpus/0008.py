# oracle: seed 8, closed, raises ValueError at line 15
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=5, hidden_size=4)
h_0 = torch.zeros(4)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(5), h_0)
    t_0 += 1

layer_1 = nn.RNN(5, 3, nonlinearity='relu')
y_1, _ = layer_1(torch.randn(3, 2, 5))

layer_2 = nn.LSTM(8, 4, num_layers=2, dropout=-0.1)
y_2, _ = layer_2(torch.randn(3, 2, 8))

config_3 = {"input_size": 3, "hidden_size": 7, "num_layers": 2}
rnn_3 = nn.GRU(**config_3)
out_3, h_3 = rnn_3(torch.randn(3, 2, config_3["input_size"]))

rnn_4 = nn.GRU(input_size=2, hidden_size=5)
x_4 = torch.zeros(1, 1, 2)
batch_4 = x_4.size(1)
h0_4 = torch.zeros(1, batch_4, 5)
out_4, hn_4 = rnn_4(x_4, h0_4)
