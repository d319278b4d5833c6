# oracle: seed 255, closed, raises RuntimeError at line 17
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
