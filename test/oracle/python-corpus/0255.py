# oracle: seed 255, open, raises RuntimeError at line 18
import random
import torch

cell_0 = torch.nn.RNNCell(input_size=3, hidden_size=5, nonlinearity='relu')
h_0 = torch.zeros(5)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()

embed_1 = torch.nn.Embedding(29, 4, padding_idx=0)
drop_1 = torch.nn.Dropout()
rnn_1 = torch.nn.GRU(6, 2, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 28]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)
scores_1 = torch.nn.Linear(2, 29)(out_1)

cell_2 = torch.nn.RNNCell(input_size=2, hidden_size=2)
h_2 = torch.zeros(2, 2)
t_2 = 0
while t_2 < 4:
    h_2 = cell_2(torch.randn(2, 4), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).squeeze(0)

embed_3 = torch.nn.Embedding(21, 4)
drop_3 = torch.nn.Dropout()
rnn_3 = torch.nn.GRU(4, 5, batch_first=True)
tokens_3 = torch.randint(0, 21, (1, 1))
emb_3 = drop_3(embed_3(tokens_3))
out_3, h_3 = rnn_3(emb_3)

lstm_4 = torch.nn.LSTM(4, 3)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 4))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 6))
last_4 = torch.nn.Linear(3, 2)(out_4[-1])
