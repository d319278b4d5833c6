# oracle: seed 132, closed, runs cleanly
import torch

lstm_0 = torch.nn.LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 4, 3))
r_0_0 = out_0.chunk(2, dim=-1)[0]
r_0_1 = out_0.permute(2, 0, 1)

y_1 = torch.randn(1, 1, 5)
layers_1 = torch.nn.ModuleList([torch.nn.GRU(5, 2), torch.nn.GRU(2, 7)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = torch.nn.Linear(7, 3)(y_1)

cell_2 = torch.nn.GRUCell(input_size=6, hidden_size=7)
h_2 = torch.zeros(2, 7)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 6), h_2)
    t_2 += 1

rnn_3 = torch.nn.LSTM(8, 6, num_layers=2)
x_3 = torch.randn(4, 8)
hx_3 = (torch.zeros(2, 6), torch.zeros(2, 6))
out_3, _ = rnn_3(x_3, hx_3)
y_3 = out_3[-1].view(6)

class Model_4(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = torch.nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_4 = torch.device("cpu")
model_4 = Model_4(2, 7, 2).to(device_4)
model_4.eval()
with torch.no_grad():
    logits_4 = model_4(torch.zeros(5, 2, 2).to(device_4))
