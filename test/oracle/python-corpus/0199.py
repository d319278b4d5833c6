# oracle: seed 199, closed, raises RuntimeError at line 33
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

embed_2 = torch.nn.Embedding(21, 3)
drop_2 = torch.nn.Dropout(0.1)
rnn_2 = torch.nn.GRU(3, 3, batch_first=True)
tokens_2 = torch.randint(0, 21, (1, 6))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)

cell_3 = torch.nn.RNNCell(input_size=7, hidden_size=4)
h_3 = torch.zeros(4)
t_3 = 0
while t_3 < 0:
    h_3 = cell_3(torch.randn(7), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).contiguous()

lstm_4 = torch.nn.LSTM(3, 3, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(3, 2, 3))
r_4_0 = out_4.reshape(-1, 4)
r_4_1 = out_4.permute(2, 0, 1)
r_4_2 = h_4[-2:]
