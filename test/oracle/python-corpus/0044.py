# oracle: seed 44, closed, runs cleanly
import torch.nn

layer_0 = torch.nn.RNN(7, 6, nonlinearity='tanh')
y_0, _ = layer_0(torch.randn(3, 2, 7))

cell_1 = torch.nn.GRUCell(input_size=2, hidden_size=4)
h_1 = torch.zeros(2, 4)
t_1 = 0
while t_1 < 4:
    h_1 = cell_1(torch.randn(2, 2), h_1)
    t_1 += 1

cell_2 = torch.nn.RNNCell(input_size=4, hidden_size=3)
h_2 = torch.zeros(3)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(4), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).squeeze(0)

rnn_3 = torch.nn.RNN(input_size=9, hidden_size=7, num_layers=3)
x_3 = torch.randn(4, 9)
hx_3 = torch.zeros(3, 7)
out_3, _ = rnn_3(x_3, hx_3)
