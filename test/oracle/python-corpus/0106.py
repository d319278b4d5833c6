# oracle: seed 106, closed, raises ValueError at line 7
import torch
from torch import nn

layer_0 = nn.GRU(input_size=7, hidden_size=3, num_layers=1, dropout=0.0)

layer_1 = nn.RNN(6, 3, nonlinearity='sigmoid')
y_1, _ = layer_1(torch.randn(3, 2, 7))

rnn_2 = nn.GRU(2, 9, num_layers=2, batch_first=False)
x_2 = torch.randn(2, 2)
hx_2 = torch.zeros(2, 9)
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(9)

gru_3 = nn.GRU(6, 5)
x_3 = torch.randn(3, 6)
if x_3.dim() == 2:
    x_3 = x_3.unsqueeze(1)
out_3, h_3 = gru_3(x_3)

class Model_4(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_4 = torch.device("cpu")
model_4 = Model_4(7, 3, num_layers=1, bidirectional=True).to(device_4)
model_4.eval()
with torch.no_grad():
    logits_4 = model_4(torch.ones((1, 3, 7)).to(device_4))
