# oracle: seed 199, closed, runs cleanly
import torch.nn

rnn_0 = torch.nn.RNN(5, 9, num_layers=3, batch_first=False, bidirectional=False)
x_0 = torch.randn(2, 5)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(9)

cell_1 = torch.nn.RNNCell(input_size=7, hidden_size=2)
h_1 = torch.zeros(2)
t_1 = 0
while t_1 < 3:
    h_1 = cell_1(torch.randn(7), h_1)
    t_1 += 1
